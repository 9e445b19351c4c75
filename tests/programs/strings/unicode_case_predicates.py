# Case mapping and character predicates beyond ASCII (accents, ß, non-Latin digits).
print("élan ÉCOLE".upper(), "ÀÉÎ".lower(), "ñandú".title(), "straße".upper())
for s in ["é", "日本", "١٢", "Ω", "ω", "😀"]:
    print(s, s.isalpha(), s.isdigit(), s.isupper(), s.islower(), s.isalnum())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ÉLAN ÉCOLE àéî Ñandú STRASSE
# | é True False False True True
# | 日本 True False False False True
# | ١٢ False True False False True
# | Ω True False True False True
# | ω True False False True True
# | 😀 False False False False False
