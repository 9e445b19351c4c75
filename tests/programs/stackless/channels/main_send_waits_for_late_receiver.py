# stackless channels: main blocks in send() while tasklets work; the receiver is spawned later by another tasklet.
import stackless

ch = stackless.channel()


def late_receiver():
    print("receiver: got", ch.receive())


def spawner():
    for i in range(3):
        print("spawner: step", i)
        stackless.schedule()
    stackless.tasklet(late_receiver)()
    print("spawner: receiver spawned")


stackless.tasklet(spawner)()
print("main: sending")
ch.send("hello")
print("main: send returned, balance", ch.balance)
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | main: sending
# | spawner: step 0
# | spawner: step 1
# | spawner: step 2
# | spawner: receiver spawned
# | receiver: got hello
# | main: send returned, balance 0
