# str.format: automatic and manual numbering, keywords, attribute and index access, {{ }}.
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{2}{1}{0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Ada", age=36))
print("{0} {name} {1}".format(1, 2, name="n"))
d = {"key": 5, "list": [10, 20, 30]}
print("{0[key]} {0[list][1]} {1[2]} {2[0]}".format(d, "abc", (7, 8)))
print("{d[key]} {d[list]}".format(d=d))
print("{0.real} {0.imag} {1.real}".format(5, 2.5))
print("{{}} {{{0}}} {{0}} }}{{".format(9))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>8}|{0:>8}|".format("ab"))
print("{:{}}|{:{w}.{p}f}|{:>{}}|".format("ab", 5, 3.14159, "x", 4, w=9, p=2))
print("{:*^11}|{:+08.2f}|{:#x}|{:,}".format("mid", 3.5, 255, 10 ** 9))
print("{0:}|{0}|{0:s}".format("plain"))
print("".format(), "no fields".format(1, 2))
print("{k}".format_map({"k": "mapped"}))
print("{} {}".format([1, 2], None))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1 a 2.5
# | x y x
# | cba
# | Ada is 36
# | 1 n 2
# | 5 20 c 7
# | 5 [10, 20, 30]
# | 5 0 2.5
# | {} {9} {0} }{
# | 'é' é '\xe9'
# |     'ab'|      ab|
# | ab   |     3.14|   x|
# | ****mid****|+0003.50|0xff|1,000,000,000
# | plain|plain|plain
# |  no fields
# | mapped
# | [1, 2] None
