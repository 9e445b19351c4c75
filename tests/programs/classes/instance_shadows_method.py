# An instance attribute named like a method shadows it (set directly, through setattr, or through __dict__).
class A:
    def f(self):
        return "method"
a = A()
b = A()
print(a.f())
a.f = lambda: "instance"
print(a.f(), b.f())
c = A()
c.__dict__["f"] = lambda: "via dict"
print(c.f())
d = A()
setattr(d, "f", lambda: "via setattr")
print(d.f(), A().f())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | method
# | instance method
# | via dict
# | via setattr method
