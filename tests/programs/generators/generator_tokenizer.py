# A generator-based tokenizer yielding (kind, text) tuples for a small expression language.
def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield ("NUM", src[i:j])
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield ("KW" if word in ("let", "if", "else") else "NAME", word)
            i = j
        elif src[i:i + 2] in ("==", "<=", ">=", "!="):
            yield ("OP", src[i:i + 2])
            i += 2
        elif c in "+-*/()=<>;":
            yield ("OP", c)
            i += 1
        elif c == '"':
            j = src.index('"', i + 1)
            yield ("STR", src[i + 1:j])
            i = j + 1
        else:
            raise SyntaxError("bad char " + repr(c) + " at " + str(i))
    yield ("EOF", "")


for tok in tokenize('let x_1 = 3.5 * (y + 42); if x_1 >= 10 "big"'):
    print(tok)
try:
    for tok in tokenize("a + $"):
        print(tok)
except SyntaxError as e:
    print("SyntaxError:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ('KW', 'let')
# | ('NAME', 'x_1')
# | ('OP', '=')
# | ('NUM', '3.5')
# | ('OP', '*')
# | ('OP', '(')
# | ('NAME', 'y')
# | ('OP', '+')
# | ('NUM', '42')
# | ('OP', ')')
# | ('OP', ';')
# | ('KW', 'if')
# | ('NAME', 'x_1')
# | ('OP', '>=')
# | ('NUM', '10')
# | ('STR', 'big')
# | ('EOF', '')
# | ('NAME', 'a')
# | ('OP', '+')
# | SyntaxError: bad char '$' at 4
