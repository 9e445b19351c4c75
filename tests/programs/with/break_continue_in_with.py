# break and continue inside a with body inside a loop still call __exit__.
class Step:
    def __init__(self, i):
        self.i = i

    def __enter__(self):
        print("enter", self.i)

    def __exit__(self, *a):
        print("exit", self.i)


for i in range(5):
    with Step(i):
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
print("loop done")
n = 0
while True:
    with Step("w" + str(n)):
        n += 1
        if n < 2:
            continue
        break
print(n)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | enter 0
# | body 0
# | exit 0
# | enter 1
# | exit 1
# | enter 2
# | body 2
# | exit 2
# | enter 3
# | exit 3
# | loop done
# | enter w0
# | exit w0
# | enter w1
# | exit w1
# | 2
