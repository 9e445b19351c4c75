# throw() raises an exception at the paused yield; the generator may catch it and continue.
def worker():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except KeyError as e:
            print("worker handled KeyError", e)
            n = 100


g = worker()
print(next(g), next(g))
print(g.throw(KeyError("k")))
print(next(g))
try:
    g.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated ValueError:", e)
try:
    next(g)
except StopIteration:
    print("generator is finished")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 0 1
# | worker handled KeyError 'k'
# | 100
# | 101
# | propagated ValueError: not handled
# | generator is finished
