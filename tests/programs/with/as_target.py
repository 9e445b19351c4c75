# The `as` target receives __enter__'s return value, which need not be the manager itself.
class Opener:
    def __enter__(self):
        return [1, 2, 3]

    def __exit__(self, *args):
        print("exit args", args)


class Pair:
    def __enter__(self):
        return ("left", "right")

    def __exit__(self, *args):
        return None


class Holder:
    item = None


with Opener() as data:
    data.append(4)
print(data)
with Pair() as (l, r):
    print(l, r)
h = Holder()
with Pair() as h.item:
    pass
print(h.item)
d = {}
with Opener() as d["k"]:
    pass
print(d)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | exit args (None, None, None)
# | [1, 2, 3, 4]
# | left right
# | ('left', 'right')
# | exit args (None, None, None)
# | {'k': [1, 2, 3]}
