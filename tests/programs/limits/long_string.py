# Building and scanning a long string (190,000 characters).
parts = []
for i in range(20000):
    parts.append("abcdefghi" if i % 2 else "0123456789")
s = "".join(parts)
print(len(s), s.count("a"), s.count("0"), s.find("9a"), s.rfind("i0"))
t = s.replace("abc", "X")
print(len(t), t[:30])
words = s.split("9")
print(len(words), len(words[0]), words[-1])
u = ""
for i in range(10000):
    u += "x"
print(len(u), u == "x" * 10000)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 190000 10000 10000 9 189980
# | 170000 0123456789Xdefghi0123456789Xde
# | 10001 9 abcdefghi
# | 10000 True
