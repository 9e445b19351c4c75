# A generator expression evaluates its first iterable eagerly but the rest lazily.
def source(n):
    print("source called")
    for i in range(n):
        print("produce", i)
        yield i


g = (x * 10 for x in source(3))
print("genexpr created")
print(next(g))
print(next(g))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | genexpr created
# | source called
# | produce 0
# | 0
# | produce 1
# | 10
# | TypeError: 'int' object is not iterable
# | 1.0
# | ZeroDivisionError: division by zero
