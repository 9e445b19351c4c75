# stackless exceptions: a wrapper that catches a tasklet's error and reports it over a channel, instead of letting it escape.
import stackless

errors = stackless.channel()


def guarded(func, *args):
    try:
        func(*args)
        errors.send((func.__name__, None))
    except Exception as e:
        errors.send((func.__name__, f"{type(e).__name__}: {e}"))


def parse(s):
    stackless.schedule()
    return int(s)


def index(seq, i):
    return seq[i]


stackless.tasklet(guarded)(parse, "12")
stackless.tasklet(guarded)(parse, "twelve")
stackless.tasklet(guarded)(index, [1, 2], 5)
for i in range(3):
    print(errors.receive())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | ('index', 'IndexError: list index out of range')
# | ('parse', None)
# | ('parse', "ValueError: invalid literal for int() with base 10: 'twelve'")
