# stackless scheduling: positional, keyword, default and star arguments reach the tasklet function unchanged.
import stackless


def show(a, b=10, *rest, c="C", **extra):
    print("a", a, "b", b, "rest", rest, "c", c, "extra", sorted(extra.items()))


stackless.tasklet(show)(1)
stackless.tasklet(show)(1, 2, 3, 4)
stackless.tasklet(show)(a=5, c="x", z=1, y=2)
args = (7, 8)
kw = {"c": "kw", "q": [1, 2]}
stackless.tasklet(show)(*args, **kw)
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | a 1 b 10 rest () c C extra []
# | a 1 b 2 rest (3, 4) c C extra []
# | a 5 b 10 rest () c x extra [('y', 2), ('z', 1)]
# | a 7 b 8 rest () c kw extra [('q', [1, 2])]
