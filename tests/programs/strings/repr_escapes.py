# repr of strings picks quotes and escapes control characters; printable unicode stays.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("\r\x00\x7f"))
print(repr("café"), repr("日本"), repr("😀"), repr("\u200b"), repr("\x1b[0m"))
print(repr(""), repr(" "), str("it's"), repr(["a'b", 'c"d']))
print(repr("\u00a0"), repr("\ufeff"), repr("\U0001F600 ok"))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 'plain' "it's" 'say "hi"' 'both \' and "'
# | 'tab\there' 'new\nline' 'back\\slash' '\r\x00\x7f'
# | 'café' '日本' '😀' '\u200b' '\x1b[0m'
# | '' ' ' it's ["a'b", 'c"d']
# | '\xa0' '\ufeff' '😀 ok'
