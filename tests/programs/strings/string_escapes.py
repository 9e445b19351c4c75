# String literal escapes, raw strings and triple-quoted strings.
print("tab:\t|", "quote:\"", 'single:\'', "backslash:\\", "hex:\x41", "uni:\u00e9\U0001F600")
print(r"raw\n\t", len("\n"), len(r"\n"), "\101\102", "oct:\0".count("\0"))
block = """first
  second
third"""
print(block)
print(block.splitlines()[1], len(block))
print('''single 'triple' "quotes"''')
print("continued \
line")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | tab:	| quote:" single:' backslash:\ hex:A uni:é😀
# | raw\n\t 1 2 AB 1
# | first
# |   second
# | third
# |   second 20
# | single 'triple' "quotes"
# | continued line
