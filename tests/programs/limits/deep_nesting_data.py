# Deeply nested lists and tuples built in a loop, walked iteratively, and shallow repr.
outer = []
cur = outer
for i in range(5000):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
depth = 0
node = outer
while node:
    depth += 1
    node = node[-1] if isinstance(node[-1], list) else None
print(depth)
t = ()
for i in range(50):
    t = (t, i)
print(repr(t)[:40], len(repr(t)))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 5001
# | (((((((((((((((((((((((((((((((((((((((( 292
