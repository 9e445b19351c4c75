# yield from delegates to sub-generators and other iterables (lists, strings, ranges).
def inner(n):
    for i in range(n):
        yield "inner" + str(i)


def outer():
    yield "start"
    yield from inner(2)
    yield from [10, 20]
    yield from "xy"
    yield from range(3)
    yield from ()
    yield "end"


print(list(outer()))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), {4: "a"}, inner(1))))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ['start', 'inner0', 'inner1', 10, 20, 'x', 'y', 0, 1, 2, 'end']
# | [1, 2, 3, 4, 'inner0']
