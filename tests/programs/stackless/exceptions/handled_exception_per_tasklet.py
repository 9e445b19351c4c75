# stackless exceptions: each tasklet keeps its own "currently handled" exception across switches; a bare raise re-raises its own.
import stackless


def handler(name, exc):
    try:
        raise exc
    except Exception as e:
        print(name, "handling", type(e).__name__, e)
        stackless.schedule()
        print(name, "still handling", type(e).__name__, e)
        try:
            raise
        except Exception as again:
            print(name, "bare raise gave", type(again).__name__, again, again is e)


stackless.tasklet(handler)("A", ValueError("from A"))
stackless.tasklet(handler)("B", KeyError("from B"))
stackless.tasklet(handler)("C", IndexError("from C"))
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | A handling ValueError from A
# | B handling KeyError 'from B'
# | C handling IndexError from C
# | A still handling ValueError from A
# | A bare raise gave ValueError from A True
# | B still handling KeyError 'from B'
# | B bare raise gave KeyError 'from B' True
# | C still handling IndexError from C
# | C bare raise gave IndexError from C True
