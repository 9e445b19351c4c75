# stackless tutorial: an event bus with topic subscriptions; each subscriber tasklet gets exactly its topics, in publish order.
import stackless


class Bus:
    def __init__(self):
        self.subs = {}

    def subscribe(self, topic):
        ch = stackless.channel()
        self.subs.setdefault(topic, []).append(ch)
        return ch

    def publish(self, topic, msg):
        for ch in self.subs.get(topic, []):
            ch.send((topic, msg))


bus = Bus()
received = {}


def subscriber(name, topics):
    chans = [bus.subscribe(t) for t in topics]
    got = received.setdefault(name, [])
    expected = {"news": 2, "sport": 2, "weather": 1}
    for ch, t in zip(chans, topics):
        for i in range(expected[t]):
            got.append(ch.receive())


stackless.tasklet(subscriber)("s1", ["news"])
stackless.tasklet(subscriber)("s2", ["sport", "news"])
stackless.tasklet(subscriber)("s3", ["weather"])
stackless.run()


def publisher():
    bus.publish("sport", "goal")
    bus.publish("news", "election")
    bus.publish("weather", "rain")
    bus.publish("news", "markets")
    bus.publish("sport", "final score")


stackless.tasklet(publisher)()
stackless.run()
for name in sorted(received):
    print(name, received[name])
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | s1 [('news', 'election')]
# | s2 [('sport', 'goal')]
# | s3 []
