# Mutual recursion past the default limit raises RecursionError; the program recovers and recurses again.
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
for attempt in range(3):
    try:
        ping(0)
    except RecursionError as e:
        print(attempt, type(e).__name__)
def count(n):
    return n if n == 0 else count(n - 1)
print(count(500))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 0 RecursionError
# | 1 RecursionError
# | 2 RecursionError
# | 0
