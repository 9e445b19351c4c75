# A reusable context manager that counts entries and tracks nesting depth in attributes.
class Counter:
    def __init__(self):
        self.entries = 0
        self.depth = 0
        self.max_depth = 0

    def __enter__(self):
        self.entries += 1
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        return self.depth

    def __exit__(self, *a):
        self.depth -= 1
        return False


c = Counter()
with c as d1:
    with c as d2:
        with c as d3:
            print(d1, d2, d3)
    with c as d4:
        print(d4)
for _ in range(3):
    with c:
        pass
print(c.entries, c.depth, c.max_depth)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1 2 3
# | 2
# | 7 0 3
