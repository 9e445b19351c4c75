# stackless tutorial: dining philosophers with forks as channels holding one token each; the last philosopher picks forks in reverse order, so nobody deadlocks.
import stackless

N = 5
MEALS = 3
forks = [stackless.channel() for i in range(N)]
eaten = [0] * N
log = []


def fork_keeper(i):
    ch = forks[i]
    while True:
        ch.send("fork%d" % i)
        back = ch.receive()
        if back == "stop":
            return


def philosopher(i):
    first, second = (i, (i + 1) % N) if i < N - 1 else ((i + 1) % N, i)
    for meal in range(MEALS):
        a = forks[first].receive()
        stackless.schedule()
        b = forks[second].receive()
        eaten[i] += 1
        log.append(f"p{i} eats with {a},{b}")
        stackless.schedule()
        forks[second].send("back")
        forks[first].send("back")
        stackless.schedule()


for i in range(N):
    stackless.tasklet(fork_keeper)(i)
for i in range(N):
    stackless.tasklet(philosopher)(i)
stackless.run()
print("\n".join(log))
print("meals:", eaten)
for i in range(N):
    forks[i].receive()
    forks[i].send("stop")
stackless.run()
print("balances:", [f.balance for f in forks])
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | p3 eats with fork3,fork4
# | p2 eats with fork2,back
# | p1 eats with fork1,back
# | p3 eats with fork3,fork4
# | p0 eats with fork0,back
# | p2 eats with fork2,fork3
# | p1 eats with fork1,fork2
# | p4 eats with back,fork4
# | p3 eats with fork3,back
# | p0 eats with fork0,fork1
# | p2 eats with fork2,fork3
# | p1 eats with back,fork2
# | p4 eats with fork0,fork4
# | p0 eats with fork0,fork1
# | p4 eats with fork0,fork4
# | meals: [3, 3, 3, 3, 3]
# | balances: [0, 0, 0, 0, 0]
