# stackless language: nested try/except/else/finally with switches in every clause, in two tasklets at once.
import stackless

log = []


def w(name, fail):
    try:
        log.append(name + " try")
        stackless.schedule()
        try:
            if fail:
                raise ValueError(name)
            stackless.schedule()
        except ValueError:
            log.append(name + " except")
            stackless.schedule()
        else:
            log.append(name + " else")
            stackless.schedule()
        finally:
            log.append(name + " inner finally")
            stackless.schedule()
    finally:
        log.append(name + " outer finally")


stackless.tasklet(w)("A", True)
stackless.tasklet(w)("B", False)
stackless.run()
for line in log:
    print(line)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | A try
# | B try
# | A except
# | A inner finally
# | B else
# | A outer finally
# | B inner finally
# | B outer finally
