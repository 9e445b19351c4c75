# stackless channels: main blocks on send() until some worker receives; workers take jobs round robin.
import stackless

jobs = stackless.channel()
done = []


def worker(name):
    while True:
        job = jobs.receive()
        if job is None:
            break
        done.append(f"{name}:{job}")
        stackless.schedule()


for name in ["w1", "w2", "w3"]:
    stackless.tasklet(worker)(name)
for job in range(7):
    jobs.send(job)
for i in range(3):
    jobs.send(None)
stackless.run()
print(done)
print("balance", jobs.balance)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | ['w1:0', 'w2:1', 'w3:2', 'w1:3', 'w2:4', 'w3:5', 'w1:6']
# | balance 0
