# replace (with count), find/rfind/index/rindex and count.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"), s.replace("fish", "cat", 2), s.replace("x", "y"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "aaaa".replace("aa", "a"))
print(s.find("fish"), s.find("fish", 5), s.find("whale"), s.rfind("fish"), s.rfind("fish", 0, 20))
print(s.index("two"), s.rindex("fish"), s.count("fish"), s.count("fish", 10), "aaaa".count("aa"))
print("abc".find(""), "abc".rfind(""), "abc".count(""), "".find("a"))
try:
    s.index("whale")
except ValueError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | one cat two cat red cat one cat two cat red fish one fish two fish red fish
# | bbbbbb -a-b-c- aa
# | 4 13 -1 22 13
# | 9 22 3 2 2
# | 0 3 4 -1
# | substring not found
