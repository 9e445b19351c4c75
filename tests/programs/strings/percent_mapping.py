# '%' with a mapping: named fields, repeated keys, nested parentheses in keys, width flags.
data = {"name": "Ada", "lang": "Python", "n": 3, "ratio": 0.12345, "(x)": "paren"}
print("%(name)s likes %(lang)s" % data)
print("%(n)03d|%(n)-4d|%(n)+d|%(ratio).2f|%(ratio)10.3e|%(name)r" % data)
print("%(name)s %(name)s %(name).1s" % data)
print("%((x))s" % data)
print("%(n)d%%" % data)
rows = [{"k": "a", "v": 1}, {"k": "bb", "v": 22}]
for r in rows:
    print("%(k)-4s=%(v)3d" % r)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Ada likes Python
# | 003|3   |+3|0.12| 1.235e-01|'Ada'
# | Ada Ada A
# | paren
# | 3%
# | a   =  1
# | bb  = 22
