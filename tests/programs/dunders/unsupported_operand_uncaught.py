# An uncaught unsupported-operand TypeError between two user classes.
class Apple:
    def __add__(self, o):
        if isinstance(o, Apple):
            return "apples"
        return NotImplemented


class Orange:
    pass


print(Apple() + Apple())
Apple() + Orange()
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | apples
# stderr-last: TypeError: unsupported operand type(s) for +: 'Apple' and 'Orange'
