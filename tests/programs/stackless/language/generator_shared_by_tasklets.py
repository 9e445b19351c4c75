# stackless language: one generator consumed by several tasklets in turn keeps a single position.
import stackless


def numbers():
    n = 0
    while n < 9:
        n += 1
        yield n


g = numbers()
taken = {}


def taker(name):
    mine = []
    for v in g:
        mine.append(v)
        stackless.schedule()
    taken[name] = mine


for name in ["a", "b", "c"]:
    stackless.tasklet(taker)(name)
stackless.run()
print(taken)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | {'a': [1, 4, 7], 'b': [2, 5, 8], 'c': [3, 6, 9]}
