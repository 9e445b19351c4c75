# String methods, iteration and concatenation on non-ASCII text.
s = "Grüße aus München 🎉"
print(s.upper(), s.lower(), s.split(), s.replace("ü", "ue"))
print(s.startswith("Grü"), s.endswith("🎉"), s.find("M"), s.center(24, "·"))
chars = []
for c in "añ日😀":
    chars.append(c)
print(chars, len(chars), "-".join(chars))
print("日" * 3, "→".join(["a", "b"]), list(reversed("añ")))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | GRÜSSE AUS MÜNCHEN 🎉 grüße aus münchen 🎉 ['Grüße', 'aus', 'München', '🎉'] Grueße aus Muenchen 🎉
# | True True 10 ··Grüße aus München 🎉···
# | ['a', 'ñ', '日', '😀'] 4 a-ñ-日-😀
# | 日日日 a→b ['ñ', 'a']
