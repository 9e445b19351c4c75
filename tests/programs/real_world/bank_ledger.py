# A bank ledger with dict accounts, validation through exceptions and a transaction log.
accounts = {}
log = []
def open_account(name, initial=0):
    if name in accounts:
        raise ValueError("account exists: " + name)
    if initial < 0:
        raise ValueError("negative opening balance")
    accounts[name] = initial
    log.append(("open", name, initial))
def deposit(name, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive")
    accounts[name] += amount
    log.append(("deposit", name, amount))
def withdraw(name, amount):
    balance = accounts[name]
    if amount > balance:
        raise ArithmeticError("insufficient funds in " + name + ": " + str(balance) + " < " + str(amount))
    accounts[name] = balance - amount
    log.append(("withdraw", name, amount))
def transfer(src, dst, amount):
    if dst not in accounts:
        raise KeyError(dst)
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except ValueError:
        accounts[src] += amount
        raise
operations = [
    (open_account, ("alice", 100)),
    (open_account, ("bob",)),
    (deposit, ("bob", 50)),
    (transfer, ("alice", "bob", 30)),
    (withdraw, ("bob", 500)),
    (open_account, ("alice",)),
    (deposit, ("carol", 5)),
    (transfer, ("bob", "dave", 1)),
    (deposit, ("alice", -3)),
    (open_account, ("erin", -1)),
    (transfer, ("bob", "alice", 80)),
]
failures = 0
for fn, args in operations:
    try:
        fn(*args)
        print("ok    ", fn.__name__, args)
    except KeyError as e:
        failures += 1
        print("FAILED", fn.__name__, args, "unknown account", e)
    except (ValueError, ArithmeticError) as e:
        failures += 1
        print("FAILED", fn.__name__, args, type(e).__name__ + ":", e)
print(accounts)
print("failures:", failures, "log entries:", len(log))
for entry in log:
    print(*entry, sep="\t")
print("total money:", sum(accounts.values()))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ok     open_account ('alice', 100)
# | ok     open_account ('bob',)
# | ok     deposit ('bob', 50)
# | ok     transfer ('alice', 'bob', 30)
# | FAILED withdraw ('bob', 500) ArithmeticError: insufficient funds in bob: 80 < 500
# | FAILED open_account ('alice',) ValueError: account exists: alice
# | FAILED deposit ('carol', 5) unknown account 'carol'
# | FAILED transfer ('bob', 'dave', 1) unknown account 'dave'
# | FAILED deposit ('alice', -3) ValueError: deposit must be positive
# | FAILED open_account ('erin', -1) ValueError: negative opening balance
# | ok     transfer ('bob', 'alice', 80)
# | {'alice': 150, 'bob': 0}
# | failures: 6 log entries: 7
# | open	alice	100
# | open	bob	0
# | deposit	bob	50
# | withdraw	alice	30
# | deposit	bob	30
# | withdraw	bob	80
# | deposit	alice	80
# | total money: 150
