# except (A, B) as e catches either type; handlers are tried in order.
def trigger(kind):
    if kind == "key":
        {}["x"]
    if kind == "index":
        [][0]
    if kind == "zero":
        1 // 0
    if kind == "type":
        "a" + 1
    return "no error"
for kind in ["key", "index", "zero", "type", "none"]:
    try:
        print(trigger(kind))
    except (KeyError, IndexError) as e:
        print("lookup:", type(e).__name__, e)
    except (ZeroDivisionError, TypeError) as e:
        print("other:", type(e).__name__, e)
try:
    x = 1
except ValueError as e:
    pass
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as n:
    print("the as-name is deleted after the handler:", n)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | lookup: KeyError 'x'
# | lookup: IndexError list index out of range
# | other: ZeroDivisionError integer division or modulo by zero
# | other: TypeError can only concatenate str (not "int") to str
# | no error
# | the as-name is deleted after the handler: name 'e' is not defined
