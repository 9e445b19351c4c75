# A Matrix class with __add__, __mul__ (matrix and scalar, __rmul__), __eq__, __getitem__ and __repr__.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __add__(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError("shape mismatch")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError("cannot multiply " + str(self.n) + "x" + str(self.m) + " by " + str(other.n) + "x" + str(other.m))
            return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m)) for j in range(other.m)] for i in range(self.n)])
        if isinstance(other, int):
            return Matrix([[a * other for a in r] for r in self.rows])
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __pow__(self, e):
        result = Matrix.identity(self.n)
        base = self
        while e:
            if e & 1:
                result = result * base
            base = base * base
            e >>= 1
        return result

    def transpose(self):
        return Matrix([[self.rows[i][j] for i in range(self.n)] for j in range(self.m)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        return "\n".join(" ".join(str(x) for x in r) for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
print(a + b)
print(a * b)
print(repr(2 * a), repr(a * 3))
print(a * Matrix.identity(2) == a, a == b, a != b)
print(Matrix([[1, 2, 3]]).transpose())
print(a[1, 0])
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
try:
    a * Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    a + Matrix([[1]])
except ValueError as e:
    print("ValueError:", e)
try:
    a * 2.5
except TypeError as e:
    print("TypeError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 6 8
# | 10 12
# | 19 22
# | 43 50
# | Matrix([[2, 4], [6, 8]]) Matrix([[3, 6], [9, 12]])
# | True False True
# | 1
# | 2
# | 3
# | 3
# | 2880067194370816120
# | ValueError: cannot multiply 2x2 by 1x3
# | ValueError: shape mismatch
# | TypeError: unsupported operand type(s) for *: 'Matrix' and 'float'
