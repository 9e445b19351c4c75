# A generator that yields after GeneratorExit makes close() raise RuntimeError.
running = [True]


def stubborn():
    while running[0]:
        try:
            yield "x"
        except GeneratorExit:
            print("ignoring GeneratorExit")


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
running[0] = False
print(next(g, "stubborn finished"))


def returns_in_close():
    try:
        yield 1
    except GeneratorExit:
        print("returning quietly")
        return


r = returns_in_close()
next(r)
r.close()
print("closed quietly", next(r, "exhausted"))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ignoring GeneratorExit
# | RuntimeError: generator ignored GeneratorExit
# | stubborn finished
# | returning quietly
# | closed quietly exhausted
