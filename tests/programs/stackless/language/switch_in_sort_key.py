# stackless language: a sort key function and a map() callable that switch tasklets while the builtin is running.
import stackless

calls = []


def key(v):
    calls.append(v)
    stackless.schedule()
    return -v


def w():
    print("sorted", sorted([3, 1, 2], key=key))
    print("mapped", list(map(key, [5, 6])))


def other():
    for i in range(3):
        stackless.schedule()
    print("other done")


stackless.tasklet(w)()
stackless.tasklet(other)()
stackless.run()
print("key calls", calls)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | sorted [3, 2, 1]
# | other done
# | mapped [-5, -6]
# | key calls [3, 1, 2, 5, 6]
