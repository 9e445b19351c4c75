# Dining philosophers with forks as channels (a fork is "on the table" while a
# value waits in its channel). Ordered fork picking avoids the deadlock; each
# philosopher eats a fixed number of meals, yielding between steps.
import stackless

N = 5
MEALS = 3
forks = [stackless.channel() for i in range(N)]
for f in forks:
    f.preference = 1  # putting a fork down never blocks the one who drops it
log = []


def put_down(i):
    stackless.tasklet(forks[i].send)(i)


def philosopher(seat):
    first, second = sorted([seat, (seat + 1) % N])
    for meal in range(MEALS):
        forks[first].receive()
        forks[second].receive()
        log.append("P%d eats meal %d" % (seat, meal + 1))
        put_down(first)
        put_down(second)
        stackless.schedule()
    log.append("P%d leaves" % seat)


for i in range(N):
    put_down(i)
for seat in range(N):
    stackless.tasklet(philosopher)(seat)
stackless.run()
for line in log:
    print(line)
print("meals eaten:", sum(1 for line in log if "eats" in line))
