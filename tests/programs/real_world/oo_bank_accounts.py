# A bank with account classes, custom exceptions and a transaction log.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__("account " + account.number + " cannot withdraw " + str(amount) + " (balance " + str(account.balance) + ")")
        self.shortfall = amount - account.balance


class AccountNotFound(BankError):
    pass


class FrozenAccount(BankError):
    pass


class Account:
    def __init__(self, number, owner, balance=0):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def _check(self):
        if self.frozen:
            raise FrozenAccount(self.number + " is frozen")

    def __repr__(self):
        return "Account(" + self.number + ", " + self.owner + ", " + str(self.balance) + ")"


class SavingsAccount(Account):
    rate_percent = 2

    def add_interest(self):
        interest = self.balance * self.rate_percent // 100
        self.deposit(interest)
        return interest

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise BankError("savings withdrawal limit reached")
        super().withdraw(amount)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, number, owner, balance=0):
        acct = cls(number, owner, balance)
        self.accounts[number] = acct
        return acct

    def get(self, number):
        if number not in self.accounts:
            raise AccountNotFound("no account " + number)
        return self.accounts[number]

    def transfer(self, src, dst, amount):
        a = self.get(src)
        b = self.get(dst)
        a.withdraw(amount)
        b.deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
bank.open(Account, "A1", "ann", 100)
bank.open(SavingsAccount, "S1", "ann", 1000)
bank.open(Account, "B1", "bob")
ops = [
    ("transfer", "A1", "B1", 30),
    ("transfer", "B1", "A1", 50),
    ("transfer", "S1", "B1", 200),
    ("transfer", "S1", "A1", 100),
    ("transfer", "S1", "A1", 1),
    ("transfer", "A1", "Z9", 5),
    ("deposit", "B1", -5),
    ("freeze", "B1"),
    ("transfer", "A1", "B1", 10),
    ("interest", "S1"),
]
for op in ops:
    try:
        if op[0] == "transfer":
            bank.transfer(op[1], op[2], op[3])
            print("ok", op)
        elif op[0] == "deposit":
            bank.get(op[1]).deposit(op[2])
        elif op[0] == "freeze":
            bank.get(op[1]).frozen = True
            print("froze", op[1])
        elif op[0] == "interest":
            print("interest", bank.get(op[1]).add_interest())
    except InsufficientFunds as e:
        print("insufficient:", e, "| short by", e.shortfall)
    except BankError as e:
        print(type(e).__name__ + ":", e)
    except ValueError as e:
        print("ValueError:", e)
for n in sorted(bank.accounts):
    print(bank.accounts[n], bank.accounts[n].history)
print("total", bank.total())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ok ('transfer', 'A1', 'B1', 30)
# | insufficient: account B1 cannot withdraw 50 (balance 30) | short by 20
# | ok ('transfer', 'S1', 'B1', 200)
# | ok ('transfer', 'S1', 'A1', 100)
# | BankError: savings withdrawal limit reached
# | AccountNotFound: no account Z9
# | ValueError: deposit must be positive
# | froze B1
# | FrozenAccount: B1 is frozen
# | interest 14
# | Account(A1, ann, 160) [('wd', 30), ('dep', 100), ('wd', 10)]
# | Account(B1, bob, 230) [('dep', 30), ('dep', 200)]
# | Account(S1, ann, 714) [('wd', 200), ('wd', 100), ('dep', 14)]
# | total 1104
