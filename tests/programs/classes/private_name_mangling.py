# Double-underscore attributes are name-mangled per class; single underscore is not.
class Base:
    def __init__(self):
        self.__secret = "base"
        self._hint = "h"

    def base_secret(self):
        return self.__secret


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child"

    def child_secret(self):
        return self.__secret


c = Child()
print(c.base_secret(), c.child_secret(), c._hint)
print(c._Base__secret, c._Child__secret)
print(hasattr(c, "__secret"))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | base child h
# | base child
# | False
