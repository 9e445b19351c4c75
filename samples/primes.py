# Sieve of Eratosthenes: prints the primes below 200 as a table, then a few
# facts about them (twin primes, the largest gap). Run: build/bin/stk samples/primes.py
import sys


def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = False
    is_prime[1] = False
    n = 2
    while n * n < limit:
        if is_prime[n]:
            for multiple in range(n * n, limit, n):
                is_prime[multiple] = False
        n += 1
    primes = []
    for i in range(limit):
        if is_prime[i]:
            primes.append(i)
    return primes


def print_table(numbers, columns, width):
    row = []
    for n in numbers:
        row.append(str(n).rjust(width))
        if len(row) == columns:
            print(" ".join(row))
            row = []
    if row:
        print(" ".join(row))


def twin_pairs(primes):
    pairs = []
    for i in range(1, len(primes)):
        if primes[i] - primes[i - 1] == 2:
            pairs.append((primes[i - 1], primes[i]))
    return pairs


def largest_gap(primes):
    best = (0, 0, 0)
    for i in range(1, len(primes)):
        gap = primes[i] - primes[i - 1]
        if gap > best[0]:
            best = (gap, primes[i - 1], primes[i])
    return best


limit = 200
if len(sys.argv) > 1:
    try:
        limit = int(sys.argv[1])
    except ValueError:
        print("usage: primes.py [LIMIT]")
        sys.exit(2)

primes = sieve(limit)
print("Primes below", limit, "(" + str(len(primes)) + " of them):")
print_table(primes, 10, 4)
print()
pairs = twin_pairs(primes)
print("Twin primes:", len(pairs), "pairs; the first five:")
for a, b in pairs[:5]:
    print("  ", a, " and ", b, sep="")
gap, low, high = largest_gap(primes)
print("Largest gap:", gap, "between", low, "and", high)
print("Sum of all of them:", sum(primes))
