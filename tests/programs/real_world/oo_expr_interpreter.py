# An arithmetic interpreter: recursive-descent parser building an AST of classes, then evaluating it.
class Node:
    def evaluate(self, env):
        raise NotImplementedError


class Num(Node):
    def __init__(self, v):
        self.v = v

    def evaluate(self, env):
        return self.v

    def __repr__(self):
        return "Num(" + str(self.v) + ")"


class Var(Node):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        if self.name not in env:
            raise NameError("undefined variable " + self.name)
        return env[self.name]

    def __repr__(self):
        return "Var(" + self.name + ")"


class BinOp(Node):
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
    }

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, env):
        return self.OPS[self.op](self.left.evaluate(env), self.right.evaluate(env))

    def __repr__(self):
        return "BinOp(" + repr(self.op) + ", " + repr(self.left) + ", " + repr(self.right) + ")"


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def evaluate(self, env):
        return -self.operand.evaluate(env)

    def __repr__(self):
        return "Neg(" + repr(self.operand) + ")"


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.toks = []
        i = 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                self.toks.append(text[i:j])
                i = j
            elif c.isalpha():
                j = i
                while j < len(text) and text[j].isalpha():
                    j += 1
                self.toks.append(text[i:j])
                i = j
            else:
                self.toks.append(c)
                i += 1
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self):
        t = self.peek()
        if t is None:
            raise ParseError("unexpected end of input")
        self.pos += 1
        return t

    def parse(self):
        node = self.expr()
        if self.peek() is not None:
            raise ParseError("unexpected token " + repr(self.peek()))
        return node

    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in ("*", "/"):
            op = self.take()
            node = BinOp(op, node, self.factor())
        return node

    def factor(self):
        t = self.take()
        if t == "-":
            return Neg(self.factor())
        if t == "(":
            node = self.expr()
            if self.take() != ")":
                raise ParseError("expected )")
            return node
        if t.isdigit():
            return Num(int(t))
        if t.isalpha():
            return Var(t)
        raise ParseError("bad token " + repr(t))


env = {"x": 6, "y": 7}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * y - -4", "100 / (x - 1) / 2", "2 * (3 + z)", "(1 + 2", "1 + * 2", "7 / (y - 7)", "1 2"]:
    try:
        tree = Parser(src).parse()
        print(src, "=>", tree)
        print("  =", tree.evaluate(env))
    except ParseError as e:
        print(src, "=> ParseError:", e)
    except (NameError, ZeroDivisionError) as e:
        print("  error", type(e).__name__ + ":", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1 + 2 * 3 => BinOp('+', Num(1), BinOp('*', Num(2), Num(3)))
# |   = 7
# | (1 + 2) * 3 => BinOp('*', BinOp('+', Num(1), Num(2)), Num(3))
# |   = 9
# | x * y - -4 => BinOp('-', BinOp('*', Var(x), Var(y)), Neg(Num(4)))
# |   = 46
# | 100 / (x - 1) / 2 => BinOp('/', BinOp('/', Num(100), BinOp('-', Var(x), Num(1))), Num(2))
# |   = 10
# | 2 * (3 + z) => BinOp('*', Num(2), BinOp('+', Num(3), Var(z)))
# |   error NameError: undefined variable z
# | (1 + 2 => ParseError: unexpected end of input
# | 1 + * 2 => ParseError: bad token '*'
# | 7 / (y - 7) => BinOp('/', Num(7), BinOp('-', Var(y), Num(7)))
# |   error ZeroDivisionError: integer division or modulo by zero
# | 1 2 => ParseError: unexpected token '2'
