# stackless exceptions: an exception raised while handling another keeps __context__ and __cause__ across a switch and run().
import stackless


def chained():
    try:
        {}["missing"]
    except KeyError as e:
        stackless.schedule()
        raise ValueError("lookup failed") from e


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        stackless.schedule()
        raise RuntimeError("while dividing")


for f in (chained, implicit):
    stackless.tasklet(f)()
    try:
        stackless.run()
    except Exception as e:
        print(type(e).__name__, e, "| cause", type(e.__cause__).__name__, "| context", type(e.__context__).__name__)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | ValueError lookup failed | cause KeyError | context KeyError
# | RuntimeError while dividing | cause NoneType | context ZeroDivisionError
