# finally runs when the try block returns, and a return in finally overrides it.
def f():
    try:
        return "from try"
    finally:
        print("finally in f")
print(f())
def g():
    try:
        return "from try"
    finally:
        return "from finally"
print(g())
def h(log):
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            log.append(i)
    return -1
log = []
print(h(log), log)
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows the exception"
print(swallow())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | finally in f
# | from try
# | from finally
# | 1 [0, 1]
# | finally return swallows the exception
