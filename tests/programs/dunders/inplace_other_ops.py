# In-place operators -=, *=, //=, %= and **= use __isub__ etc. or fall back to the binary op.
class Acc:
    def __init__(self, v):
        self.v = v

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        self.v *= o
        return self

    def __floordiv__(self, o):
        return Acc(self.v // o)

    def __mod__(self, o):
        return Acc(self.v % o)

    def __pow__(self, o):
        return Acc(self.v ** o)


a = Acc(10)
orig = a
a -= 3
a *= 4
print(a.v, a is orig)
a //= 5
print(a.v, a is orig)
a %= 4
a **= 5
print(a.v)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 28 True
# | 5 False
# | 1
