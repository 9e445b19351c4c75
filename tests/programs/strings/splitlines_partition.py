# splitlines (with keepends) and partition/rpartition.
text = "line one\nline two\r\nline three\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "no newline".splitlines(), "trailing\n".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ['line one', 'line two', 'line three', '', 'last']
# | ['line one\n', 'line two\r\n', 'line three\n', '\n', 'last']
# | [] ['no newline'] ['trailing']
# | ('key', '=', 'value=x') ('key=value', '=', 'x')
# | ('novalue', '', '') ('', '', 'novalue')
# | user @ example.com
