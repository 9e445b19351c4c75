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
