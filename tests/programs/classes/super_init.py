# Zero-argument super().__init__ runs the parent initializer before adding fields.
class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x
        self.tag = "base"


class Child(Base):
    def __init__(self, x, y):
        print("Child.__init__ start")
        super().__init__(x)
        self.y = y
        self.tag = self.tag + "+child"
        print("Child.__init__ end")


c = Child(1, 2)
print(c.x, c.y, c.tag)


class NoInit(Base):
    pass


n = NoInit(7)
print(n.x, n.tag)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Child.__init__ start
# | Base.__init__ 1
# | Child.__init__ end
# | 1 2 base+child
# | Base.__init__ 7
# | 7 base
