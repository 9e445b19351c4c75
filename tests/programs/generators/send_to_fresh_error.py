# Sending a non-None value to a just-started generator raises TypeError.
def g():
    x = yield 1
    print("x =", x)
    yield 2


gen = g()
try:
    gen.send(42)
except TypeError as e:
    print("TypeError:", e)
print(gen.send(None))
print(gen.send("hello"))
gen2 = g()
gen2.send("boom")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | TypeError: can't send non-None value to a just-started generator
# | 1
# | x = hello
# | 2
# stderr-last: TypeError: can't send non-None value to a just-started generator
