# str.format with lists, dicts and tuples as arguments, ** unpacking and attribute chains.
point = {"x": 1, "y": -2}
print("({x}, {y})".format(**point))
print("{0[x]:+} {0[y]:+}".format(point))
matrix = [[1, 2], [3, 4]]
print("{m[0][1]} {m[1][0]} {0[1][1]}".format(matrix, m=matrix))
print("{:>5}|{:<5}|{:^5}|".format(*"abc"))
words = ["alpha", "beta", "gamma"]
print(", ".join(["{}={}".format(i, w) for i, w in enumerate(words)]))
print("{0}{1}{0}".format("ab", "-"), "{:}".format(1.5), "{0!s:.1}".format(3.75))
template = "{greeting}, {name}!"
for name in ["Ada", "Grace"]:
    print(template.format(greeting="Hello", name=name))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | (1, -2)
# | +1 -2
# | 2 3 4
# |     a|b    |  c  |
# | 0=alpha, 1=beta, 2=gamma
# | ab-ab 1.5 3
# | Hello, Ada!
# | Hello, Grace!
