# getattr/setattr/hasattr/delattr with user objects and method lookup by name.
class Cfg:
    mode = "fast"

    def hello(self, who):
        return "hello " + who


c = Cfg()
for name in ["alpha", "beta"]:
    setattr(c, name, len(name))
print(c.alpha, c.beta)
print(getattr(c, "mode"), getattr(c, "missing", None))
print(getattr(c, "hello")("bob"))
print(hasattr(c, "hello"), hasattr(Cfg, "alpha"), hasattr(c, "alpha"))
delattr(c, "alpha")
print(hasattr(c, "alpha"))
try:
    getattr(c, "alpha")
except AttributeError as e:
    print("AttributeError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 5 4
# | fast None
# | hello bob
# | True False True
# | False
# | AttributeError: 'Cfg' object has no attribute 'alpha'
