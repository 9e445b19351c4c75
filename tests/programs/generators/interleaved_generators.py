# Several generators from the same function keep independent local state.
def counter(name, step):
    n = 0
    while True:
        n += step
        yield name + ":" + str(n)


a = counter("a", 1)
b = counter("b", 10)
for _ in range(3):
    print(next(a), next(b))
print(next(a))


def round_robin(*gens):
    gens = list(gens)
    while gens:
        g = gens.pop(0)
        try:
            yield next(g)
            gens.append(g)
        except StopIteration:
            pass


print(list(round_robin(iter("abc"), iter([1]), iter("XY"))))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | a:1 b:10
# | a:2 b:20
# | a:3 b:30
# | a:4
# | ['a', 1, 'X', 'b', 'Y', 'c']
