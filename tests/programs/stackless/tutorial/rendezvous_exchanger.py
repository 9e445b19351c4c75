# stackless tutorial: an exchanger where pairs of tasklets swap values; the first to arrive waits for a partner.
import stackless


class Exchanger:
    def __init__(self):
        self.slot = None

    def exchange(self, value):
        if self.slot is None:
            reply = stackless.channel()
            self.slot = (value, reply)
            return reply.receive()
        other_value, reply = self.slot
        self.slot = None
        reply.send(value)
        return other_value


ex = Exchanger()


def trader(name, item):
    got = ex.exchange(item)
    print(name, "gave", item, "got", got)


for name, item in [("a", "apple"), ("b", "bread"), ("c", "cheese"), ("d", "dates")]:
    stackless.tasklet(trader)(name, item)
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | a gave apple got bread
# | c gave cheese got dates
# | b gave bread got apple
# | d gave dates got cheese
