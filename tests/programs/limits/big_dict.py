# A dict with 50,000 keys: insert, look up, delete half, re-insert; order is insertion order.
d = {}
for i in range(50000):
    d[i * 3] = i
print(len(d), d[149997], 7 in d, 9 in d)
for i in range(0, 50000, 2):
    del d[i * 3]
print(len(d), list(d)[:3])
for i in range(0, 10):
    d[i * 3] = -i
keys = list(d)
print(keys[:3], keys[-3:])
total = 0
for k, v in d.items():
    total += v
print(total)
s = {}
for i in range(20000):
    s["key" + str(i)] = i
print(len(s), s["key19999"], list(s)[-1])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 50000 49999 False True
# | 25000 [3, 9, 15]
# | [3, 9, 15] [12, 18, 24]
# | 624999930
# | 20000 19999 key19999
