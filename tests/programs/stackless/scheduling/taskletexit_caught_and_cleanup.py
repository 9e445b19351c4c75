# stackless scheduling: a blocked worker killed by main cleans up in finally and releases a resource other tasklets wait for.
import stackless

try:
    TaskletExit = stackless.TaskletExit
except AttributeError:
    pass

jobs = stackless.channel()
log = []


def worker():
    held = ["connection"]
    try:
        while True:
            job = jobs.receive()
            log.append("worker did " + job)
    except TaskletExit:
        log.append("worker stopping")
        raise
    finally:
        held.clear()
        log.append("worker released, held=" + str(held))


w = stackless.tasklet(worker)()
stackless.run()
jobs.send("a")
jobs.send("b")
w.kill()
log.append("main: worker alive " + str(w.alive))
print("\n".join(log))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | worker did a
# | worker did b
# | worker stopping
# | worker released, held=[]
# | main: worker alive False
