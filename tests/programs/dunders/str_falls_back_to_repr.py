# Without __str__, str() and print use __repr__; __str__ alone does not affect repr in lists.
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "OnlyStr " + str(self.v)


class Both(OnlyRepr):
    def __str__(self):
        return "both-str"


r = OnlyRepr()
print(r)
print(str(r), repr(r), [r])
s = OnlyStr(3)
print(s)
print(str(s))
b = Both()
print(b, repr(b), [b])
print(f"{r}|{b}")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | <OnlyRepr>
# | <OnlyRepr> <OnlyRepr> [<OnlyRepr>]
# | OnlyStr 3
# | OnlyStr 3
# | both-str <OnlyRepr> [<OnlyRepr>]
# | <OnlyRepr>|both-str
