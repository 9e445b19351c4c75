# Single inheritance: subclass inherits methods and attributes, overrides some.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return self.name + " says " + self.speak()


class Dog(Animal):
    def speak(self):
        return "woof"


class Fish(Animal):
    pass


d = Dog("Rex")
f = Fish("Nemo")
print(d.describe())
print(f.describe())
print(d.name, f.name)
print(isinstance(d, Animal), isinstance(d, Dog), isinstance(f, Dog))
d.name = "Max"
print(d.describe())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Rex says woof
# | Nemo says ...
# | Rex Nemo
# | True True False
# | Max says woof
