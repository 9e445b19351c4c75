# `in` on strings, iterating characters and counting with a dict.
text = "hello world"
print("o w" in text, "low" in text, "" in text, "xyz" not in text)
vowels = 0
for ch in text:
    if ch in "aeiou":
        vowels += 1
print(vowels)
seen = []
for ch in text:
    if ch not in seen and ch != " ":
        seen.append(ch)
print("".join(seen))
print(list("abc"), tuple("ab"), text[::-1], text[len(text) - 1])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | True False True True
# | 3
# | helowrd
# | ['a', 'b', 'c'] ('a', 'b') dlrow olleh d
