# An exhausted generator keeps raising StopIteration; re-iterating yields nothing.
def two():
    yield "a"
    yield "b"


g = two()
print(list(g))
print(list(g))
for x in g:
    print("never", x)
print(next(g, "default"))
for i in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration", e.value)
h = two()
print(iter(h) is h)
print(next(h), list(h))
next(h)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | ['a', 'b']
# | []
# | default
# | StopIteration None
# | StopIteration None
# | StopIteration None
# | True
# | a ['b']
# stderr-last: StopIteration
