# A classmethod updating cls attributes affects the class it is called through.
class Registry:
    names = []
    count = 0

    @classmethod
    def register(cls, name):
        cls.count = cls.count + 1
        cls.names.append(name)
        return cls.count

    @classmethod
    def describe(cls):
        return cls.__name__ + ":" + str(cls.count)


class Sub(Registry):
    pass


print(Registry.register("a"))
print(Registry.register("b"))
print(Sub.register("c"))
print(Registry.describe(), Sub.describe())
print(Registry.names is Sub.names, Registry.names)
print(Sub().describe())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1
# | 2
# | 3
# | Registry:2 Sub:3
# | True ['a', 'b', 'c']
# | Sub:3
