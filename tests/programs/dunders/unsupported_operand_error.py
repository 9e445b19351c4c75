# When both sides return NotImplemented (or lack the method), TypeError names both types.
class A:
    def __add__(self, o):
        return NotImplemented


class B:
    def __radd__(self, o):
        return NotImplemented


class C:
    pass


cases = [
    ("A+B", lambda: A() + B()),
    ("C+C", lambda: C() + C()),
    ("C-1", lambda: C() - 1),
    ("1*C", lambda: 1 * C()),
    ("C/C", lambda: C() / A()),
    ("C**2", lambda: C() ** 2),
    ("-C", lambda: -C()),
    ("abs", lambda: abs(C())),
    ("str+C", lambda: "s" + C()),
]
for name, fn in cases:
    try:
        fn()
    except TypeError as e:
        print(name, "TypeError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | A+B TypeError: unsupported operand type(s) for +: 'A' and 'B'
# | C+C TypeError: unsupported operand type(s) for +: 'C' and 'C'
# | C-1 TypeError: unsupported operand type(s) for -: 'C' and 'int'
# | 1*C TypeError: unsupported operand type(s) for *: 'int' and 'C'
# | C/C TypeError: unsupported operand type(s) for /: 'C' and 'A'
# | C**2 TypeError: unsupported operand type(s) for ** or pow(): 'C' and 'int'
# | -C TypeError: bad operand type for unary -: 'C'
# | abs TypeError: bad operand type for abs(): 'C'
# | str+C TypeError: can only concatenate str (not "C") to str
