# f-string conversions !r !s !a with and without specs, on str, numbers and containers.
s = "héllo"
items = [1, "two", 3.0]
print(f"{s!r} {s!s} {s:>8} {s!r:>10}|")
print(f"{items} {items!r} {items!s:>20}|")
print(f"{3.0!r} {3.0!s} {1e16!r} {-0.0!s}")
print(f"{'tab' + chr(9)!r} {'q' + chr(39)!r}")
d = {"k": [1, 2]}
print(f"{d} {d['k'][1]} {len(d)}")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 'héllo' héllo    héllo    'héllo'|
# | [1, 'two', 3.0] [1, 'two', 3.0]      [1, 'two', 3.0]|
# | 3.0 3.0 1e+16 -0.0
# | 'tab\t' "q'"
# | {'k': [1, 2]} 2 1
