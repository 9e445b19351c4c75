# f-strings with format specs: literal and nested specs, conversions, '=' and mixed types.
x = 3.14159
n = 42
name = "Ada"
w = 10
p = 3
print(f"[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:^10}] [{x:+.0f}]")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:05}] [{n:x}] [{n:#b}] [{n:,}] [{n * 1000:,}]")
print(f"[{name:>8}] [{name:*<8}] [{name:.2}] [{name!r}] [{name!r:>8}] [{name!s:^9}]")
print(f"[{x:{w}.{p}f}] [{name:{'>'}{w}}] [{n:{w}d}] [{x:{w}}] [{n:0{p}d}]")
print(f"{x=} {n=:5} {name=!s} {n + 1 = }")
print(f"{None} {True} {False:>6} {[1, 'a']} {(1, 2)} {{braces}} {{{n}}}")
print(f"{'é':>3}|{'日本':^6}|{'x':é<4}")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for fruit, price, qty in rows:
    print(f"{fruit:<12}{price:>8.2f}{qty:>5d}{price * qty:>10.3f}")
total = sum([pr * q for _, pr, q in rows])
print(f"{'total':<12}{total:>23.3f}")
print(f"{12345.6789:_.2f} {0.25:.0%} {-7:+} {7: } {255:#06x} {1e-7:g} {1e-7}")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [3.14] [     3.142] [3.1       ] [ 3.14159  ] [+3]
# | [   42] [42   ] [ 42  ] [00042] [2a] [0b101010] [42] [42,000]
# | [     Ada] [Ada*****] [Ad] ['Ada'] [   'Ada'] [   Ada   ]
# | [     3.142] [       Ada] [        42] [   3.14159] [042]
# | x=3.14159 n=   42 name=Ada n + 1 = 43
# | None True      0 [1, 'a'] (1, 2) {braces} {42}
# |   é|  日本  |xééé
# | apple           1.50    3     4.500
# | kiwi            0.25   12     3.000
# | watermelon      3.00    1     3.000
# | total                        10.500
# | 12_345.68 25% -7  7 0x00ff 1e-07 1e-07
