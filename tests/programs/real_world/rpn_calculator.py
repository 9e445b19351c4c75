# A small reverse-Polish-notation calculator with error reporting.
def evaluate(expr):
    stack = []
    for tok in expr.split():
        if tok in ("+", "-", "*", "/", "//", "%", "**"):
            if len(stack) < 2:
                raise ValueError("stack underflow at " + repr(tok))
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif tok == "/":
                stack.append(a / b)
            elif tok == "//":
                stack.append(a // b)
            elif tok == "%":
                stack.append(a % b)
            else:
                stack.append(a ** b)
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise ValueError("expected one result, stack is " + repr(stack))
    return stack[0]
programs = [
    "3 4 +",
    "5 1 2 + 4 * + 3 -",
    "2 10 **",
    "7 2 / 7 2 // 7 2 % + +",
    "1.5 dup *",
    "1 2 swap -",
    "2 100 ** 3 //",
    "1 +",
    "1 2 3",
    "4 0 /",
    "abc",
]
for p in programs:
    try:
        print(p.ljust(26), "=>", evaluate(p))
    except (ValueError, ZeroDivisionError) as e:
        print(p.ljust(26), "=> error:", type(e).__name__, e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 3 4 +                      => 7
# | 5 1 2 + 4 * + 3 -          => 14
# | 2 10 **                    => 1024
# | 7 2 / 7 2 // 7 2 % + +     => 7.5
# | 1.5 dup *                  => 2.25
# | 1 2 swap -                 => 1
# | 2 100 ** 3 //              => 422550200076076467165567735125
# | 1 +                        => error: ValueError stack underflow at '+'
# | 1 2 3                      => error: ValueError expected one result, stack is [1, 2, 3]
# | 4 0 /                      => error: ZeroDivisionError division by zero
# | abc                        => error: ValueError could not convert string to float: 'abc'
