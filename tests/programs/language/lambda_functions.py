# lambda expressions: as values, as sort keys, with defaults and closures.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
mul = lambda n: lambda x: x * n
triple = mul(3)
print(triple(5), (lambda: "no args")())
print(list(map(lambda x: x + 1, [1, 2, 3])))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 49 11 3
# | ['Apple', 'banana', 'cherry', 'date']
# | ['Apple', 'banana', 'cherry', 'date']
# | ['date', 'Apple', 'banana', 'cherry']
# | [(3, 'a'), (1, 'b'), (2, 'c')] [(3, 'a'), (2, 'c'), (1, 'b')]
# | 15 no args
# | [2, 3, 4]
