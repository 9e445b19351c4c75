# Very large integers: thousands of digits, exact products and digit counts.
big = 2 ** 10000
s = str(big)
print(len(s), s[:20], s[-20:])
f = 1
for i in range(1, 801):
    f *= i
fs = str(f)
print(len(fs), fs[:15], fs.count("0"))
print(big % 1000007, (big - 1) % 9, big // 2 ** 9990)
p = 1
for i in range(1, 300):
    p *= 2 ** 31 - i
q = p
for i in range(1, 300):
    q //= 2 ** 31 - i
print(q, p.bit_length())
print(-(2 ** 3000) // 7 % 1000, (3 ** 2000) % (2 ** 61 - 1))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 3011 19950631168807583848 81774304792596709376
# | 1977 771053011335386 397
# | 770575 6 1024
# | 1 9269
# | 374 767347640087673566
