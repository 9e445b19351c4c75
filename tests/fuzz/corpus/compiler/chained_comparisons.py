# Chained comparisons evaluate each operand once and short-circuit.
x = 2
print(1 < x < 3, 1 < x < 2, 3 > x > 1, 1 <= x <= 2 <= 2)
print(1 < 2 > 0, 1 == 1 != 2, 1 < 3 < 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
print(1 < 2 < 3 < 4 < 5, 5 > 4 > 3 > 3)
