# stackless exceptions: each run() delivers the next tasklet error; main keeps calling run() until the queue is empty.
import stackless


def fail_after(steps, exc):
    for i in range(steps):
        stackless.schedule()
    raise exc


def ok():
    for i in range(6):
        stackless.schedule()
    print("ok finished")


stackless.tasklet(fail_after)(3, KeyError("k"))
stackless.tasklet(ok)()
stackless.tasklet(fail_after)(1, ValueError("v"))
stackless.tasklet(fail_after)(0, TypeError("t"))
errors = []
while True:
    try:
        stackless.run()
        break
    except Exception as e:
        errors.append(type(e).__name__)
        print("caught", type(e).__name__, "runcount", stackless.getruncount())
print("errors in order:", errors)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | caught TypeError runcount 4
# | caught ValueError runcount 3
# | caught KeyError runcount 2
# | ok finished
# | errors in order: ['TypeError', 'ValueError', 'KeyError']
