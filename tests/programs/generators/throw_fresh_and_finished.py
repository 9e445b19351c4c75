# throw() into an unstarted generator raises immediately; into a finished one re-raises.
def g():
    print("body started")
    yield 1


a = g()
try:
    a.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early:", e)
print(list(a))
b = g()
print(list(b))
try:
    b.throw(IndexError("late"))
except IndexError as e:
    print("late:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | early: early
# | []
# | body started
# | [1]
# | late: late
