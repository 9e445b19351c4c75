# `return value` in a generator becomes StopIteration.value; bare return gives None.
def g1():
    yield 1
    return "result"


def g2():
    yield 1
    return


def g3():
    if False:
        yield
    return [1, 2]


for make in [g1, g2, g3]:
    it = make()
    while True:
        try:
            print("value", next(it))
        except StopIteration as e:
            print(make.__name__, "stopped with", repr(e.value), e.args)
            break
print(list(g1()))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | value 1
# | g1 stopped with 'result' ('result',)
# | value 1
# | g2 stopped with None ()
# | g3 stopped with [1, 2] ([1, 2],)
# | [1]
