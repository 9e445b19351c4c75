# stackless channels: two tasklets talk over two channels in opposite directions without deadlock.
import stackless

a_to_b = stackless.channel()
b_to_a = stackless.channel()


def a():
    for i in range(3):
        a_to_b.send(i)
        print("a got back", b_to_a.receive())


def b():
    for i in range(3):
        v = a_to_b.receive()
        print("b got", v)
        b_to_a.send(v * 100)


stackless.tasklet(a)()
stackless.tasklet(b)()
stackless.run()
print("balances", a_to_b.balance, b_to_a.balance)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | b got 0
# | a got back 0
# | b got 1
# | a got back 100
# | b got 2
# | a got back 200
# | balances 0 0
