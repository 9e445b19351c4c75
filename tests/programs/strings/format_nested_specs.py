# Nested and computed specs: widths and precisions from variables in f-strings and str.format.
for width in [4, 8, 12]:
    for prec in [0, 2, 5]:
        print(f"[{3.14159265:{width}.{prec}f}]", "[{:{}.{}f}]".format(2.71828, width, prec),
              "[{0:>{1}}]".format("ab", width))
align = "^"
fill = "*"
print(f"[{'mid':{fill}{align}11}]", "[{:{}{}{}}]".format("x", "-", "<", 5))
spec = ",.2f"
print(f"{1234567.891:{spec}}", "{:{}}".format(1234567.891, spec), format(1234567.891, spec))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [   3] [   3] [  ab]
# | [3.14] [2.72] [  ab]
# | [3.14159] [2.71828] [  ab]
# | [       3] [       3] [      ab]
# | [    3.14] [    2.72] [      ab]
# | [ 3.14159] [ 2.71828] [      ab]
# | [           3] [           3] [          ab]
# | [        3.14] [        2.72] [          ab]
# | [     3.14159] [     2.71828] [          ab]
# | [****mid****] [x----]
# | 1,234,567.89 1,234,567.89 1,234,567.89
