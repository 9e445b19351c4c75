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
