# Subclasses override class attributes used by inherited methods (template method).
class Greeter:
    greeting = "Hello"
    punct = "."

    def greet(self, name):
        return self.greeting + ", " + name + self.punct


class Excited(Greeter):
    punct = "!"


class French(Excited):
    greeting = "Bonjour"


for g in [Greeter(), Excited(), French()]:
    print(g.greet("Ada"))
print(French.punct, Excited.greeting)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Hello, Ada.
# | Hello, Ada!
# | Bonjour, Ada!
# | ! Hello
