# stackless tutorial: ping-pong, two tasklets bouncing a counter over a pair of channels until it reaches a limit.
import stackless

to_ping = stackless.channel()
to_pong = stackless.channel()


def ping(limit):
    n = 0
    while n < limit:
        print("ping", n)
        to_pong.send(n + 1)
        n = to_ping.receive()
    to_pong.send(None)
    print("ping stops at", n)


def pong():
    while True:
        n = to_pong.receive()
        if n is None:
            break
        print("  pong", n)
        to_ping.send(n + 1)
    print("pong stops")


stackless.tasklet(ping)(7)
stackless.tasklet(pong)()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | ping 0
# |   pong 1
# | ping 2
# |   pong 3
# | ping 4
# |   pong 5
# | ping 6
# |   pong 7
# | pong stops
# | ping stops at 8
