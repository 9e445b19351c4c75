# channel.label names a channel for stk's tools (trace reports, the debugger);
# PyPy's stackless has the same attribute, '' until set. It may be set to
# None, and changing it does not touch the channel's queue or balance.
import stackless

requests = stackless.channel()
print(repr(requests.label))
requests.label = "requests"
print(repr(requests.label))


def worker(name):
    item = requests.receive()
    print(name, "got", item, "from", requests.label)


stackless.tasklet(worker)("w1")
stackless.tasklet(worker)("w2")
stackless.schedule()
print("balance", requests.balance)
requests.label = "jobs"
requests.send("a")
requests.label = None
print(repr(requests.label), "balance", requests.balance)
requests.send("b")
other = stackless.channel()
other.label = "other"
print(requests.label, other.label)
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | ''
# | 'requests'
# | balance -2
# | w1 got a from jobs
# | None balance -1
# | w2 got b from None
# | None other
