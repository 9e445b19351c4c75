# sum (with start), abs and divmod, including negative operands.
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.5, 0.25]), sum(range(5), -10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 70)), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(0, 3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 6 0 13 0.75 0
# | [1, 2, 3] (1, 2)
# | 5 5 2.5 0 1180591620717411303424 1
# | (3, 2) (-4, 3) (-4, -3) (3, -2)
# | (3.0, 1.5) (-4.0, 0.5) (0, 0)
# | integer division or modulo by zero
# | sum() can't sum strings [use ''.join(seq) instead]
