# stackless language: closures and nonlocal state shared between tasklets created in a loop.
import stackless


def make_counter():
    count = 0

    def bump(name, times):
        nonlocal count
        for i in range(times):
            count += 1
            stackless.schedule()
        print(name, "sees count", count)

    def value():
        return count

    return bump, value


bump, value = make_counter()
for name, times in [("a", 2), ("b", 3), ("c", 1)]:
    stackless.tasklet(bump)(name, times)
stackless.run()
print("final", value())
fns = [lambda i=i: print("default arg", i) for i in range(3)]
for f in fns:
    stackless.tasklet(f)()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | c sees count 5
# | a sees count 5
# | b sees count 6
# | final 6
# | default arg 0
# | default arg 1
# | default arg 2
