# return inside a with body calls __exit__ before the function returns; the value is kept.
class Log:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *a):
        print("exit", self.name)


def find(items, target):
    with Log("search"):
        for i, x in enumerate(items):
            if x == target:
                return i
        print("not found")
    return -1


print(find([5, 6, 7], 6))
print(find([5, 6, 7], 9))


def nested():
    with Log("outer"):
        with Log("inner"):
            return "from inner"


print(nested())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | enter search
# | exit search
# | 1
# | enter search
# | not found
# | exit search
# | -1
# | enter outer
# | enter inner
# | exit inner
# | exit outer
# | from inner
