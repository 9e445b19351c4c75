# Matrix multiplication, transpose, identity and integer matrix powers with nested lists.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError("shape mismatch: " + str(len(a[0])) + " vs " + str(inner))
    out = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out
def transpose(m):
    return list(map(list, zip(*m)))
def identity(n):
    m = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        m.append(row)
    return m
def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose(a))
print(matmul(identity(2), [[5, 6], [7, 8]]))
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
print(matpow([[2, 0], [0, 3]], 40))
try:
    matmul(a, a)
except ValueError as e:
    print(e)
for row in matmul([[1.5, -2], [0, 1]], [[2, 0], [0.5, 4]]):
    print(row)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [[58, 64], [139, 154]]
# | [[1, 4], [2, 5], [3, 6]]
# | [[5, 6], [7, 8]]
# | 2880067194370816120
# | [[1099511627776, 0], [0, 12157665459056928801]]
# | shape mismatch: 3 vs 2
# | [2.0, -8.0]
# | [0.5, 4]
