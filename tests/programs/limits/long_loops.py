# Tight loops of 300,000 iterations of integer arithmetic finish quickly.
total = 0
i = 0
while i < 300000:
    total += i * i % 7
    i += 1
print(total)
acc = 0
for j in range(300000):
    if j & 1:
        acc -= j
    else:
        acc += j
print(acc)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 599998
# | -150000
