# An uncaught user exception: the last stderr line shows the class name and message.
class MyError(Exception):
    pass


def work():
    print("working")
    raise MyError("something broke")


work()
print("not reached")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | working
# stderr-last: MyError: something broke
