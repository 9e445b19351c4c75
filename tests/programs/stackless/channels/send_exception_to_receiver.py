# stackless channels: send_exception(cls, arg) makes the waiting receiver's receive() raise cls(arg).
import stackless

ch = stackless.channel()


def receiver():
    for i in range(3):
        try:
            v = ch.receive()
            print("receiver got value", v)
        except LookupError as e:
            print("receiver caught LookupError:", e)
        except ValueError as e:
            print("receiver caught ValueError:", e)


stackless.tasklet(receiver)()
stackless.run()
ch.send_exception(ValueError, "bad value")
ch.send(42)
ch.send_exception(LookupError, "missing")
stackless.run()
print("balance", ch.balance)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | receiver caught ValueError: bad value
# | receiver got value 42
# | receiver caught LookupError: missing
# | balance 0
