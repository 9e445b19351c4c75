# timeout: 30
# stackless large: 10,000 tasklets, each yielding once; the sum of their work and the start order are checked at the end.
import stackless

N = 10000
first = []
total = [0]


def w(i):
    if i < 3 or i >= N - 3:
        first.append(i)
    total[0] += i
    stackless.schedule()
    total[0] += 1


for i in range(N):
    stackless.tasklet(w)(i)
print("runcount before run:", stackless.getruncount())
stackless.run()
print("total", total[0], "expected", N * (N - 1) // 2 + N)
print("edge start order", first)
print("runcount after run:", stackless.getruncount())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | runcount before run: 10001
# | total 50005000 expected 50005000
# | edge start order [0, 1, 2, 9997, 9998, 9999]
# | runcount after run: 1
