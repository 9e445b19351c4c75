# A tiny tokenizer for arithmetic and assignments built from str methods.
KEYWORDS = ["let", "print", "if"]
OPERATORS = ["==", "<=", ">=", "!=", "+", "-", "*", "/", "(", ")", "=", "<", ">"]
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
            continue
        if ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in KEYWORDS else "NAME", word))
            i = j
            continue
        if ch == '"':
            j = src.find('"', i + 1)
            if j < 0:
                raise SyntaxError("unterminated string at column " + str(i + 1))
            tokens.append(("STR", src[i + 1:j]))
            i = j + 1
            continue
        for op in OPERATORS:
            if src.startswith(op, i):
                tokens.append(("OP", op))
                i += len(op)
                break
        else:
            raise SyntaxError("unexpected character " + repr(ch) + " at column " + str(i + 1))
    return tokens
lines = [
    "let x = 42",
    "let rate_2 = 3.25 * (x - 7)",
    'print "hello world" x',
    "if x >= 10 == y",
    "let bad = 4 $ 2",
    'print "oops',
]
for line in lines:
    try:
        toks = tokenize(line)
        shown = []
        for kind, value in toks:
            shown.append(kind + ":" + str(value))
        print(len(toks), " ".join(shown))
    except SyntaxError as e:
        print("error:", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 4 KW:let NAME:x OP:= NUM:42
# | 10 KW:let NAME:rate_2 OP:= NUM:3.25 OP:* OP:( NAME:x OP:- NUM:7 OP:)
# | 3 KW:print STR:hello world NAME:x
# | 6 KW:if NAME:x OP:>= NUM:10 OP:== NAME:y
# | error: unexpected character '$' at column 13
# | error: unterminated string at column 7
