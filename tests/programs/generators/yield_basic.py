# A generator function runs lazily: body code runs only as values are requested.
def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("after 2")
    yield 3
    print("end")


g = gen()
print("created", type(g).__name__)
print(next(g))
print(next(g))
for x in g:
    print("loop", x)
print(list(gen()))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | created generator
# | start
# | 1
# | after 1
# | 2
# | after 2
# | loop 3
# | end
# | start
# | after 1
# | after 2
# | end
# | [1, 2, 3]
