# Calling next() on a generator from inside itself raises ValueError.
def selfish():
    yield next(g)


g = selfish()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "done"))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ValueError: generator already executing
# | done
