# ord() and chr() for ASCII and non-ASCII code points.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("日"), ord("😀"))
print(chr(97), chr(65), chr(233), chr(26085), chr(128512), repr(chr(0)), repr(chr(10)))
word = ""
for code in [72, 105, 33]:
    word += chr(code)
print(word)
shifted = ""
for c in "abcxyz":
    shifted += chr((ord(c) - ord("a") + 3) % 26 + ord("a"))
print(shifted)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 97 65 48 32 10 233 26085 128512
# | a A é 日 😀 '\x00' '\n'
# | Hi!
# | defabc
# | ord() expected a character, but string of length 2 found
# | chr() arg not in range(0x110000)
