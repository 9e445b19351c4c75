# The value of `yield from` expression is the sub-generator's return value.
def averager(values):
    total = 0
    count = 0
    for v in values:
        yield "got " + str(v)
        total += v
        count += 1
    return total / count


def report():
    avg = yield from averager([1, 2, 6])
    yield "avg " + str(avg)
    nothing = yield from iter([7])
    yield "iter result " + str(nothing)
    empty = yield from empty_gen()
    yield "empty result " + str(empty)


def empty_gen():
    return "early"
    yield


for line in report():
    print(line)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | got 1
# | got 2
# | got 6
# | avg 3.0
# | 7
# | iter result None
# | empty result early
