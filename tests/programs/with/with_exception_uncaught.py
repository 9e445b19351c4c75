# An exception escaping a with block runs __exit__ first, then ends the program.
class Guard:
    def __enter__(self):
        print("guard on")
        return self

    def __exit__(self, t, v, tb):
        print("guard off:", t.__name__, v)


with Guard():
    print("working")
    raise IndexError("list ran out")
print("not reached")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | guard on
# | working
# | guard off: IndexError list ran out
# stderr-last: IndexError: list ran out
