# stackless tutorial: a bank account tasklet serialises transfers sent by teller tasklets; the total is conserved and overdrafts are refused.
import stackless

ledger = stackless.channel()
balances = {"alice": 100, "bob": 50, "carol": 0}
journal = []


def bank():
    while True:
        req = ledger.receive()
        if req is None:
            return
        src, dst, amount, reply = req
        if balances[src] >= amount:
            balances[src] -= amount
            stackless.schedule()
            balances[dst] += amount
            journal.append(f"{src}->{dst} {amount}")
            reply.send(True)
        else:
            journal.append(f"refused {src}->{dst} {amount}")
            reply.send(False)


def teller(name, transfers):
    reply = stackless.channel()
    ok = 0
    for src, dst, amount in transfers:
        ledger.send((src, dst, amount, reply))
        if reply.receive():
            ok += 1
        stackless.schedule()
    print(name, "completed", ok, "of", len(transfers))


stackless.tasklet(bank)()
stackless.tasklet(teller)("t1", [("alice", "bob", 30), ("bob", "carol", 70), ("carol", "alice", 100)])
stackless.tasklet(teller)("t2", [("alice", "carol", 80), ("bob", "alice", 10), ("carol", "bob", 5)])
stackless.run()
ledger.send(None)
print("\n".join(journal))
print(balances, "total", sum(balances.values()))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | t1 completed 2 of 3
# | t2 completed 2 of 3
# | alice->bob 30
# | refused alice->carol 80
# | bob->carol 70
# | bob->alice 10
# | refused carol->alice 100
# | carol->bob 5
# | {'alice': 80, 'bob': 5, 'carol': 65} total 150
