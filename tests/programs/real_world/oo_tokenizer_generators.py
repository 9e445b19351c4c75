# A generator-based tokenizer with Token objects, lookahead via a peekable wrapper class.
class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return self.kind + ":" + repr(self.text) + "@" + str(self.pos)


def tokens(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c == " ":
            i += 1
            continue
        start = i
        if c.isdigit():
            while i < len(src) and src[i].isdigit():
                i += 1
            yield Token("INT", src[start:i], start)
        elif c.isalpha():
            while i < len(src) and src[i].isalnum():
                i += 1
            yield Token("ID", src[start:i], start)
        else:
            i += 1
            yield Token("SYM", c, start)
    yield Token("END", "", len(src))


class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []

    def peek(self):
        if not self.buf:
            self.buf.append(next(self.it))
        return self.buf[0]

    def __iter__(self):
        return self

    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)


src = "sum = a1 + 42*(b - 7)"
print(list(tokens(src)))
p = Peekable(tokens(src))
while p.peek().kind != "END":
    t = next(p)
    if t.kind == "ID" and p.peek().text == "=":
        print("assignment to", t.text)
    elif t.kind == "INT":
        print("int", int(t.text))
counts = {}
for t in tokens(src * 3):
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(counts)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [ID:'sum'@0, SYM:'='@4, ID:'a1'@6, SYM:'+'@9, INT:'42'@11, SYM:'*'@13, SYM:'('@14, ID:'b'@15, SYM:'-'@17, INT:'7'@19, SYM:')'@20, END:''@21]
# | assignment to sum
# | int 42
# | int 7
# | {'ID': 9, 'SYM': 18, 'INT': 6, 'END': 1}
