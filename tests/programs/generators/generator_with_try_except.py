# Generators yielding inside try/except/else/finally blocks keep the handler state across yields.
def safe_divide(pairs):
    for a, b in pairs:
        try:
            r = a // b
        except ZeroDivisionError:
            yield "div by zero"
        else:
            yield r
        finally:
            yield "checked " + str(a) + "/" + str(b)


print(list(safe_divide([(10, 2), (1, 0), (9, 3)])))


def retry():
    for attempt in range(3):
        try:
            yield "attempt " + str(attempt)
            if attempt < 2:
                raise ValueError(attempt)
            yield "success"
        except ValueError as e:
            yield "failed " + str(e)


print(list(retry()))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [5, 'checked 10/2', 'div by zero', 'checked 1/0', 3, 'checked 9/3']
# | ['attempt 0', 'failed 0', 'attempt 1', 'failed 1', 'attempt 2', 'success']
