# Generator expressions with nested for clauses, several if clauses and closures over locals.
words = ["apple", "kiwi", "banana", "fig"]
print(list((w, c) for w in words if len(w) > 3 for c in w if c in "aeiou"))
print(sum(i * j for i in range(1, 4) for j in range(1, 4) if i != j))


def scaled(k):
    return list(x * k for x in range(4))


print(scaled(3))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(sum(row) for row in matrix))
print(list(list(r[i] for r in matrix) for i in range(3)))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [('apple', 'a'), ('apple', 'e'), ('kiwi', 'i'), ('kiwi', 'i'), ('banana', 'a'), ('banana', 'a'), ('banana', 'a')]
# | 22
# | [0, 3, 6, 9]
# | [6, 15]
# | [[1, 4], [2, 5], [3, 6]]
