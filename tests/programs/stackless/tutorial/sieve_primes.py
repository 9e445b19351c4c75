# stackless tutorial: the concurrent prime sieve, a growing chain of filter tasklets, one per prime found.
import stackless


def generate(out):
    n = 2
    while True:
        out.send(n)
        n += 1


def filt(inp, out, prime):
    while True:
        n = inp.receive()
        if n % prime:
            out.send(n)


def sieve(count):
    ch = stackless.channel()
    stackless.tasklet(generate)(ch)
    primes = []
    for i in range(count):
        p = ch.receive()
        primes.append(p)
        nxt = stackless.channel()
        stackless.tasklet(filt)(ch, nxt, p)
        ch = nxt
    return primes


print(sieve(40))
print("runcount at exit:", stackless.getruncount())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173]
# | runcount at exit: 42
