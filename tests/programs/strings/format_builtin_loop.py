# format() and f-strings in a loop building a table; checks stable results over many calls.
lines = []
for i in range(1, 200):
    lines.append(f"{i:>4}{i * i:>7,}{i / 7:>10.4f}{i:>6x}{i:>10b}")
print(len(lines))
print(lines[0])
print(lines[-1])
acc = 0
for i in range(2000):
    acc += len(format(i * 1.5, ".3f")) + len("%5d" % i) + len("{:>6}".format(i))
print(acc)
print("\n".join(lines[95:100]))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 199
# |    1      1    0.1429     1         1
# |  199 39,601   28.4286    c7  11000111
# | 37259
# |   96  9,216   13.7143    60   1100000
# |   97  9,409   13.8571    61   1100001
# |   98  9,604   14.0000    62   1100010
# |   99  9,801   14.1429    63   1100011
# |  100 10,000   14.2857    64   1100100
