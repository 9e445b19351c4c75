# stackless tutorial: a dispatcher fans jobs out to workers, a collector fans results in; results sorted for a stable summary.
import stackless

jobs = stackless.channel()
results = stackless.channel()


def worker(name):
    count = 0
    while True:
        job = jobs.receive()
        if job is None:
            results.send((name, None, count))
            return
        for i in range(job % 3):
            stackless.schedule()
        count += 1
        results.send((name, job, job * job))


def dispatcher(n, workers):
    for j in range(n):
        jobs.send(j)
    for w in range(workers):
        jobs.send(None)


W = 3
for k in range(W):
    stackless.tasklet(worker)(f"w{k}")
stackless.tasklet(dispatcher)(10, W)
squares = {}
done = {}
while len(done) < W:
    name, job, value = results.receive()
    if job is None:
        done[name] = value
    else:
        squares[job] = value
print("squares:", [squares[j] for j in sorted(squares)])
print("jobs per worker:", sorted(done.items()), "total", sum(done.values()))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | squares: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# | jobs per worker: [('w0', 4), ('w1', 3), ('w2', 3)] total 10
