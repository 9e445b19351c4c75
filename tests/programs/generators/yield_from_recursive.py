# Recursive generators with yield from flatten nested lists and walk a tree.
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, [3, [4, [5]]]], [], [[6], 7]])))


def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            yield items[i:i + 1] + p


print(list(perms("abc")))
print(sum(1 for p in perms([1, 2, 3, 4])))


def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield a + "->" + c
        yield from hanoi(n - 1, b, a, c)


print(list(hanoi(3, "A", "B", "C")))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [1, 2, 3, 4, 5, 6, 7]
# | ['abc', 'acb', 'bac', 'bca', 'cab', 'cba']
# | 24
# | ['A->C', 'A->B', 'C->B', 'A->C', 'B->A', 'B->C', 'A->C']
