# str.split/rsplit (with and without separators and maxsplit) and str.join.
s = "  the quick  brown\tfox\n"
print(s.split(), "a,b,,c".split(","), "a,b,,c".split(",", 1), "".split(), "".split(","))
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2), "a-b-c".rsplit("-"), "x".split("x"))
print("one  two".split(" "), "k=v=w".split("=", maxsplit=1), "  a  b ".rsplit(None, 1))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), " ".join("abc"))
print("|".join(["solo"]), "\n".join(["l1", "l2"]))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "abc".split("")
except ValueError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ['the', 'quick', 'brown', 'fox'] ['a', 'b', '', 'c'] ['a', 'b,,c'] [] ['']
# | ['a', 'b', 'c d'] ['a b', 'c', 'd'] ['a', 'b', 'c'] ['', '']
# | ['one', '', 'two'] ['k', 'v=w'] ['  a', 'b']
# | a-b-c xy  a b c
# | solo l1
# | l2
# | sequence item 1: expected str instance, int found
# | empty separator
