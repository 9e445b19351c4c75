# len and indexing count code points, not bytes, for non-ASCII text.
words = ["café", "日本語", "naïve résumé", "😀👍", "a😀b", "Ωmega"]
for w in words:
    print(w, len(w), w[0], w[-1])
s = "日本語テキスト"
print(s[1], s[2:4], s[::-1], s[::2])
e = "x😀y😀z"
print(e[1], e[3], e.find("y"), e.count("😀"), e.split("😀"), e.index("z"))
print("é" == "\u00e9", "\u65e5\u672c", len("\U0001F600"), "é" in "café")
print("ü" < "z", "é" > "e", sorted(["é", "z", "a", "日"]))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | café 4 c é
# | 日本語 3 日 語
# | naïve résumé 12 n é
# | 😀👍 2 😀 👍
# | a😀b 3 a b
# | Ωmega 5 Ω a
# | 本 語テ トスキテ語本日 日語キト
# | 😀 😀 2 2 ['x', 'y', 'z'] 4
# | True 日本 1 True
# | False True ['a', 'z', 'é', '日']
