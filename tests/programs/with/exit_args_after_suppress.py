# After a suppressed exception no exception is active: a bare raise afterwards is a RuntimeError.
class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.seen = (t.__name__, str(v)) if t else None
        return True


s = Swallow()
with s:
    raise NameError("ghost")
print(s.seen)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
with s:
    x = 5
print(s.seen, x)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ('NameError', 'ghost')
# | RuntimeError: No active exception to reraise
# | None 5
