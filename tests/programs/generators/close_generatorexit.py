# close() raises GeneratorExit at the paused yield; finally blocks run; later next() stops.
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally runs")


g = gen()
print(next(g))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
g.close()
print("second close is a no-op")
h = gen()
h.close()
print("closing an unstarted generator runs nothing")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1
# | got GeneratorExit
# | finally runs
# | closed
# | StopIteration after close
# | second close is a no-op
# | closing an unstarted generator runs nothing
