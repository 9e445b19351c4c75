# A with block inside a generator exits when the generator finishes or is closed.
class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("acquire", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("release", self.name, t.__name__ if t else None)


def reader(name):
    with Res(name):
        for i in range(3):
            yield name + str(i)


print(list(reader("a")))
g = reader("b")
print(next(g))
g.close()
print("closed")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | acquire a
# | release a None
# | ['a0', 'a1', 'a2']
# | acquire b
# | b0
# | release b GeneratorExit
# | closed
