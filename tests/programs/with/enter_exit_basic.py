# with calls __enter__ before the body and __exit__(None, None, None) after it.
class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False


with Ctx("a"):
    print("body")
print("after")
c = Ctx("b")
with c:
    pass
with Ctx("c") as x:
    print(x.name, x is not None)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | enter a
# | body
# | exit a None None None
# | after
# | enter b
# | exit b None None None
# | enter c
# | c True
# | exit c None None None
