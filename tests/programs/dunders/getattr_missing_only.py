# __getattr__ is only called for attributes not found normally; it can raise AttributeError.
class Proxy:
    cls_attr = "class"

    def __init__(self, data):
        self.data = data

    def __getattr__(self, name):
        print("__getattr__", name)
        if name in self.data:
            return self.data[name]
        raise AttributeError("no field " + name)

    def method(self):
        return "method"


p = Proxy({"x": 1, "y": 2})
print(p.data)
print(p.cls_attr, p.method())
print(p.x, p.y)
p.x = 100
print(p.x)
print(hasattr(p, "zzz"), getattr(p, "q", "dflt"))
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | {'x': 1, 'y': 2}
# | class method
# | __getattr__ x
# | __getattr__ y
# | 1 2
# | 100
# | __getattr__ zzz
# | __getattr__ q
# | False dflt
# | __getattr__ nope
# | AttributeError: no field nope
