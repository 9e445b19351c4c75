# strip, lstrip and rstrip with default whitespace and explicit character sets.
s = " \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxabcxx".strip("x"), "xyabcyx".strip("xy"), "abc".strip("cba"), "...a.b...".lstrip("."))
print(repr("   ".strip()), repr("".strip()), "<<a>>".rstrip(">"), "0042".lstrip("0"))
print(repr("\u3000wide space\u3000".strip()))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 'hello world' 'hello world \n ' ' \t hello world'
# | abc abc  a.b...
# | '' '' <<a 42
# | 'wide space'
