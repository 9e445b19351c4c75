# A real-world use: a seeded Monte Carlo estimate and a dice histogram match CPython exactly.
import math
import random

random.seed(123)
inside = 0
n = 20000
for i in range(n):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / n, abs(4 * inside / n - math.pi) < 0.05)
counts = {}
for i in range(3000):
    s = random.randint(1, 6) + random.randint(1, 6)
    counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items()))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(sorted(random.sample(deck, 5)))
samples = [random.gauss(100, 15) for i in range(1000)]
mean = math.fsum(samples) / len(samples)
print(round(mean, 6), round(math.sqrt(math.fsum([(s - mean) ** 2 for s in samples]) / len(samples)), 6))
walk = 0
for i in range(1000):
    walk += random.choice([-1, 1])
print(walk)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 15642 3.1284 True
# | [(2, 81), (3, 168), (4, 240), (5, 334), (6, 418), (7, 519), (8, 399), (9, 311), (10, 269), (11, 176), (12, 85)]
# | ['4D', '3D', '5H', '2H', '9S', '4H', 'KC', 'QC', 'TD', '5C', 'AH', '9H', '5S']
# | ['2D', '5D', '6S', '9D', 'TC']
# | 99.955515 14.7053
# | -24
