# stackless exceptions: exceptions caught inside a tasklet, across switches, never reach main.
import stackless


def careful(name, values):
    total = 0
    for v in values:
        try:
            stackless.schedule()
            total += 100 // v
        except ZeroDivisionError:
            print(name, "skipped a zero")
        except TypeError as e:
            print(name, "skipped", repr(v))
    print(name, "total", total)


stackless.tasklet(careful)("A", [1, 0, 5])
stackless.tasklet(careful)("B", [2, "x", 0, 4])
stackless.run()
print("main: no exception reached me")
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | A skipped a zero
# | B skipped 'x'
# | A total 120
# | B skipped a zero
# | B total 75
# | main: no exception reached me
