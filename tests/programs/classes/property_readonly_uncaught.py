# Uncaught assignment to a read-only property ends the program with AttributeError.
class Account:
    def __init__(self):
        self._balance = 10

    @property
    def balance(self):
        return self._balance


a = Account()
print(a.balance)
a.balance = 99
print("not reached")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 10
# stderr-last: AttributeError: property 'balance' of 'Account' object has no setter
