# ASCII isdigit, isalpha, isspace, isalnum, isupper, islower, startswith and endswith.
for s in ["123", "abc", "ab1", " \t\n", "", "ABC", "aBc", "3.5", "-1"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower())
name = "report_2024.txt"
print(name.startswith("report"), name.endswith(".txt"), name.endswith((".csv", ".txt")))
print(name.startswith("2024", 7), name.startswith(("a", "b")), "".startswith(""), "abc".endswith(""))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | '123' True False False True False False
# | 'abc' False True False True False True
# | 'ab1' False False False True False True
# | ' \t\n' False False True False False False
# | '' False False False False False False
# | 'ABC' False True False True True False
# | 'aBc' False True False True False False
# | '3.5' False False False False False False
# | '-1' False False False False False False
# | True True True
# | True False True True
