# Custom exceptions pass through finally blocks and are re-raised by bare raise.
class Stop(Exception):
    def __init__(self, where):
        super().__init__(where)
        self.where = where


def inner():
    try:
        raise Stop("inner")
    finally:
        print("inner finally")


def middle():
    try:
        inner()
    except Stop as e:
        print("middle saw", e.where)
        raise


try:
    middle()
except Stop as e:
    print("outer caught", e, e.args)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | inner finally
# | middle saw inner
# | outer caught inner ('inner',)
