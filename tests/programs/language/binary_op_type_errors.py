# TypeError messages from unsupported operand types, caught and printed.
n = 5
tries = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: None * 2,
    lambda: "a" - "b",
    lambda: 1 < "a",
    lambda: [] < {},
    lambda: -"x",
    lambda: len(5),
    lambda: n(),
    lambda: n[0],
    lambda: {}[[]],
]
for t in tries:
    try:
        t()
    except TypeError as e:
        print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | unsupported operand type(s) for +: 'int' and 'str'
# | can only concatenate str (not "int") to str
# | can only concatenate list (not "tuple") to list
# | unsupported operand type(s) for *: 'NoneType' and 'int'
# | unsupported operand type(s) for -: 'str' and 'str'
# | '<' not supported between instances of 'int' and 'str'
# | '<' not supported between instances of 'list' and 'dict'
# | bad operand type for unary -: 'str'
# | object of type 'int' has no len()
# | 'int' object is not callable
# | 'int' object is not subscriptable
# | unhashable type: 'list'
