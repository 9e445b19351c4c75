# Sieve of Eratosthenes: primes below 10,000, counts per thousand and twin primes.
def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i < limit:
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit, i))
        i += 1
    primes = []
    for n in range(limit):
        if is_prime[n]:
            primes.append(n)
    return primes
primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:])
per_thousand = [0] * 10
for p in primes:
    per_thousand[p // 1000] += 1
print(per_thousand)
twins = []
for a, b in zip(primes, primes[1:]):
    if b - a == 2:
        twins.append((a, b))
print(len(twins), twins[:5], twins[-1])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:6], max(gaps))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1229 [2, 3, 5, 7, 11, 13, 17, 19, 23, 29] [9949, 9967, 9973]
# | [168, 135, 127, 120, 119, 114, 117, 107, 110, 112]
# | 205 [(3, 5), (5, 7), (11, 13), (17, 19), (29, 31)] (9929, 9931)
# | [(1, 1), (2, 205), (4, 202), (6, 299), (8, 101), (10, 119)] 36
