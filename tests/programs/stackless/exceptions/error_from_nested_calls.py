# stackless exceptions: an error raised several calls deep inside a tasklet unwinds its finally blocks before reaching main.
import stackless


def level3(x):
    try:
        stackless.schedule()
        return {"a": 1}[x]
    finally:
        print("level3 finally")


def level2(x):
    try:
        return level3(x) + 1
    finally:
        print("level2 finally")


def level1(x):
    print("level1 result", level2(x))


stackless.tasklet(level1)("a")
stackless.tasklet(level1)("zz")
try:
    stackless.run()
except KeyError as e:
    print("main caught KeyError", e)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | level3 finally
# | level2 finally
# | level1 result 2
# | level3 finally
# | level2 finally
# | main caught KeyError 'zz'
