# Stacked decorators apply bottom-up and run top-down.
def bold(fn):
    print("decorating with bold")

    def w():
        return "<b>" + fn() + "</b>"
    return w


def italic(fn):
    print("decorating with italic")

    def w():
        return "<i>" + fn() + "</i>"
    return w


@bold
@italic
def text():
    return "hi"


print(text())


def add_one(fn):
    return lambda x: fn(x) + 1


def double(fn):
    return lambda x: fn(x) * 2


@add_one
@double
def ident(x):
    return x


@double
@add_one
def ident2(x):
    return x


print(ident(5), ident2(5))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | decorating with italic
# | decorating with bold
# | <b><i>hi</i></b>
# | 11 12
