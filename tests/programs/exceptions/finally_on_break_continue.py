# finally runs when break or continue leaves the try block.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
n = 0
while True:
    n += 1
    try:
        try:
            if n == 2:
                break
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)
print("n =", n)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | body 0
# | finally 0
# | finally 1
# | body 2
# | finally 2
# | finally 3
# | after loop
# | inner finally 1
# | outer finally 1
# | inner finally 2
# | outer finally 2
# | n = 2
