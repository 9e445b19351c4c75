# stackless language: __enter__ and __exit__ themselves block on channels (a lock handed over by a tasklet).
import stackless

grant = stackless.channel()
release = stackless.channel()


class Lock:
    def __enter__(self):
        grant.receive()
        return "held"

    def __exit__(self, *exc):
        release.send(None)
        return False


def user(name):
    with Lock() as state:
        print(name, "in critical section:", state)
        stackless.schedule()
        print(name, "leaving")


def keeper(n):
    for i in range(n):
        grant.send(None)
        release.receive()
        print("keeper: released", i)


stackless.tasklet(user)("u1")
stackless.tasklet(user)("u2")
stackless.tasklet(keeper)(2)
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | u1 in critical section: held
# | u1 leaving
# | keeper: released 0
# | u2 in critical section: held
# | u2 leaving
# | keeper: released 1
