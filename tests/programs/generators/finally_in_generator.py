# finally blocks in generators run on exhaustion, on break (via close) and on exceptions.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield name + str(i)
    finally:
        print("close", name)


for v in resource("a"):
    print(v)
g = resource("b")
for v in g:
    print(v)
    if v == "b1":
        break
g.close()
print("after break")


def failing():
    try:
        yield 1
        raise ValueError("inside")
    finally:
        print("cleanup failing")


try:
    for v in failing():
        print(v)
except ValueError as e:
    print("caught", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | open a
# | a0
# | a1
# | a2
# | close a
# | open b
# | b0
# | b1
# | close b
# | after break
# | 1
# | cleanup failing
# | caught inside
