# Uncaught custom exception subclass with a custom __init__ and no message args.
class BaseErr(Exception):
    pass


class EmptyErr(BaseErr):
    def __init__(self):
        super().__init__()
        self.note = "empty"


try:
    raise EmptyErr()
except BaseErr as e:
    print("caught", type(e).__name__, repr(str(e)), e.note, e.args)
raise EmptyErr()
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | caught EmptyErr '' empty ()
# stderr-last: EmptyErr
