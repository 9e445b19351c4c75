# __exit__ returning None, 0 or "" does not suppress; the exception reaches the top level.
class Quiet:
    def __init__(self, ret):
        self.ret = ret

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit returning", repr(self.ret))
        return self.ret


for ret in [None, 0, ""]:
    try:
        with Quiet(ret):
            raise ValueError(repr(ret))
    except ValueError as e:
        print("still raised", e)
with Quiet(None):
    raise LookupError("uncaught from with")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | exit returning None
# | still raised None
# | exit returning 0
# | still raised 0
# | exit returning ''
# | still raised ''
# | exit returning None
# stderr-last: LookupError: uncaught from with
