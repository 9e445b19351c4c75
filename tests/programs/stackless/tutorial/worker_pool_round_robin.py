# stackless tutorial: a pool hands jobs to workers in strict round-robin order, one private channel per worker, and gathers replies.
import stackless


class Pool:
    def __init__(self, size):
        self.inboxes = [stackless.channel() for i in range(size)]
        self.replies = stackless.channel()
        self.next = 0
        for i in range(size):
            stackless.tasklet(self.worker)(i)

    def worker(self, i):
        inbox = self.inboxes[i]
        while True:
            job = inbox.receive()
            if job is None:
                return
            func, arg = job
            self.replies.send((i, arg, func(arg)))

    def submit(self, func, arg):
        inbox = self.inboxes[self.next]
        self.next = (self.next + 1) % len(self.inboxes)
        inbox.send((func, arg))

    def shutdown(self):
        for inbox in self.inboxes:
            inbox.send(None)


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


pool = Pool(3)
stackless.run()
out = []


def client():
    for n in range(1, 9):
        pool.submit(collatz_steps, n)


def gatherer():
    for k in range(8):
        out.append(pool.replies.receive())


stackless.tasklet(gatherer)()
stackless.tasklet(client)()
stackless.run()
for w, n, steps in out:
    print(f"worker {w}: collatz({n}) takes {steps} steps")
pool.shutdown()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | worker 0: collatz(1) takes 0 steps
# | worker 1: collatz(2) takes 1 steps
# | worker 2: collatz(3) takes 7 steps
# | worker 0: collatz(4) takes 2 steps
# | worker 1: collatz(5) takes 5 steps
# | worker 2: collatz(6) takes 8 steps
# | worker 0: collatz(7) takes 16 steps
# | worker 1: collatz(8) takes 3 steps
