# Passing the same argument positionally and by keyword raises TypeError.
def area(width, height):
    return width * height
print(area(2, height=3))
area(2, width=3)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 6
# stderr-last: TypeError: area() got multiple values for argument 'width'
