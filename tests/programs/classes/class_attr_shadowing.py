# Class attributes are shared until an instance assignment shadows them.
class Counter:
    kind = "counter"
    step = 1


a = Counter()
b = Counter()
print(a.kind, b.kind, Counter.kind)
a.kind = "mine"
print(a.kind, b.kind, Counter.kind)
Counter.kind = "changed"
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind)
Counter.step = 5
print(a.step, b.step)
b.step = 10
Counter.step = 6
print(a.step, b.step)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | counter counter counter
# | mine counter counter
# | mine changed changed
# | changed
# | 5 5
# | 6 10
