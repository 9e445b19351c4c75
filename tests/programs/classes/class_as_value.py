# Classes are values: stored in dicts, passed to functions, and instantiated later.
class Cat:
    sound = "meow"

    def __init__(self, name):
        self.name = name


class Cow:
    sound = "moo"

    def __init__(self, name):
        self.name = name


kinds = {"cat": Cat, "cow": Cow}


def make(kind, name):
    cls = kinds[kind]
    return cls(name)


animals = [make("cat", "tom"), make("cow", "bess"), make("cat", "kit")]
for a in animals:
    print(a.name, a.sound, type(a).__name__)
print([k.__name__ for k in (Cat, Cow)])
print(Cat is kinds["cat"], Cat == Cow)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | tom meow Cat
# | bess moo Cow
# | kit meow Cat
# | ['Cat', 'Cow']
# | True False
