# stackless channels: send_sequence(iterable) sends each item in turn, blocking on each one like send().
import stackless

ch = stackless.channel()


def receiver(n):
    for i in range(n):
        print("got", ch.receive())
    print("receiver done")


def sender():
    ch.send_sequence(x * x for x in range(4))
    print("sent squares")
    ch.send_sequence("ab")
    print("sent letters")


stackless.tasklet(receiver)(6)
stackless.tasklet(sender)()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | got 0
# | got 1
# | got 4
# | got 9
# | sent squares
# | got a
# | got b
# | receiver done
# | sent letters
