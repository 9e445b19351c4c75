# yield inside while/for loops and conditionals; generators with arguments and locals.
def evens(limit):
    i = 0
    while i < limit:
        if i % 2 == 0:
            yield i
        i += 1


def pairs(xs):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            yield xs[i], xs[j]


print(list(evens(11)))
print(list(pairs("abc")))
print(dict(pairs([1, 2, 3])))
total = 0
for a, b in pairs([1, 2, 3, 4]):
    total += a * b
print(total)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [0, 2, 4, 6, 8, 10]
# | [('a', 'b'), ('a', 'c'), ('b', 'c')]
# | {1: 3, 2: 3}
# | 35
