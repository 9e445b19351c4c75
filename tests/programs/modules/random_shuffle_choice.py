# random: shuffle, choice, sample (pool and set branches) and choices (with and without weights).
import random

random.seed(2024)
xs = list(range(20))
random.shuffle(xs)
print(xs)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words)
print([random.choice("abcdefg") for i in range(10)])
print(random.choice((1, 2, 3)), random.choice(range(100, 200)), random.choice([None]))
print(random.sample(range(10), 5))
print(random.sample(range(1000), 10))
print(random.sample(range(100000), 8))
print(random.sample("abcdefgh", 8))
print(random.sample(["x", "y", "z"], 0))
print(random.sample(range(30), 25))
print(random.choices("abc", k=10))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
print(random.choices([1, 2, 3], [0.2, 0.3, 0.5], k=5))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
print(random.choices(range(5)))
print(random.choices("ab", k=0), random.choices("ab", k=-2))
empty = []
random.shuffle(empty)
one = [1]
random.shuffle(one)
print(empty, one, random.random())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [0, 2, 16, 1, 10, 19, 17, 18, 7, 3, 8, 4, 14, 11, 12, 13, 6, 9, 5, 15]
# | ['beta', 'delta', 'gamma', 'alpha', 'epsilon']
# | ['f', 'g', 'f', 'd', 'f', 'g', 'g', 'f', 'b', 'e']
# | 1 152 None
# | [5, 6, 7, 0, 9]
# | [761, 142, 781, 334, 399, 338, 353, 812, 205, 333]
# | [55942, 54314, 41478, 74408, 28056, 53343, 30028, 26803]
# | ['a', 'f', 'b', 'h', 'c', 'd', 'g', 'e']
# | []
# | [19, 3, 10, 20, 29, 24, 7, 23, 14, 11, 4, 6, 26, 15, 25, 16, 18, 9, 5, 17, 22, 2, 8, 12, 1]
# | ['b', 'a', 'c', 'a', 'c', 'b', 'a', 'a', 'a', 'a']
# | [1, 1, 1, 2, 1, 1, 2, 1]
# | [2, 3, 3, 3, 2]
# | ['z', 'z', 'y', 'z', 'z', 'z']
# | [4]
# | [] []
# | [] [1] 0.04560967966063789
