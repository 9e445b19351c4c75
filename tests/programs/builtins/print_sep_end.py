# print() with several arguments, sep=, end=, no arguments and flush=True.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print(1, 2, 3, sep="\n")
print("no newline", end="")
print("|")
print("x", end="!\n")
print("multi", "end", sep="-", end=".\n")
print(None, True, 1.5, [1, "s"], ("t",), {"k": "v"})
print("flushed", flush=True)
print(*[1, 2, 3])
print(*"abc", sep="+")
print("", "", sep="X")
print(sep="ignored", end="E\n")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# |
# | a b c
# | abc
# | a, b, c
# | 1
# | 2
# | 3
# | no newline|
# | x!
# | multi-end.
# | None True 1.5 [1, 's'] ('t',) {'k': 'v'}
# | flushed
# | 1 2 3
# | a+b+c
# | X
# | E
