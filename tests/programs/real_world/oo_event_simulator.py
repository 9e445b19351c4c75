# A class-based discrete event simulation of a bank teller queue with a sorted event list.
class Event:
    def __init__(self, time, seq, kind, customer):
        self.time = time
        self.seq = seq
        self.kind = kind
        self.customer = customer

    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)

    def __repr__(self):
        return "Event(" + str(self.time) + ", " + self.kind + ", c" + str(self.customer) + ")"


class Simulator:
    def __init__(self, tellers):
        self.events = []
        self.seq = 0
        self.now = 0
        self.free = tellers
        self.waiting = []
        self.log = []
        self.wait_times = {}

    def schedule(self, delay, kind, customer):
        self.seq += 1
        self.events.append(Event(self.now + delay, self.seq, kind, customer))
        self.events.sort()

    def run(self):
        while self.events:
            ev = self.events.pop(0)
            self.now = ev.time
            handler = getattr(self, "on_" + ev.kind)
            handler(ev)

    def on_arrive(self, ev):
        self.log.append(str(self.now) + ": c" + str(ev.customer) + " arrives")
        self.wait_times[ev.customer] = self.now
        if self.free > 0:
            self.free -= 1
            self.start(ev.customer)
        else:
            self.waiting.append(ev.customer)

    def start(self, c):
        self.wait_times[c] = self.now - self.wait_times[c]
        self.log.append(str(self.now) + ": c" + str(c) + " served")
        self.schedule(3 + c % 4, "leave", c)

    def on_leave(self, ev):
        self.log.append(str(self.now) + ": c" + str(ev.customer) + " leaves")
        if self.waiting:
            self.start(self.waiting.pop(0))
        else:
            self.free += 1


sim = Simulator(2)
for c, t in enumerate([0, 1, 1, 2, 4, 9, 9, 10]):
    sim.schedule(t, "arrive", c)
print(sim.events[:3])
sim.run()
for line in sim.log:
    print(line)
print("end time", sim.now)
print("waits", sim.wait_times)
print("total wait", sum(sim.wait_times.values()))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [Event(0, arrive, c0), Event(1, arrive, c1), Event(1, arrive, c2)]
# | 0: c0 arrives
# | 0: c0 served
# | 1: c1 arrives
# | 1: c1 served
# | 1: c2 arrives
# | 2: c3 arrives
# | 3: c0 leaves
# | 3: c2 served
# | 4: c4 arrives
# | 5: c1 leaves
# | 5: c3 served
# | 8: c2 leaves
# | 8: c4 served
# | 9: c5 arrives
# | 9: c6 arrives
# | 10: c7 arrives
# | 11: c3 leaves
# | 11: c5 served
# | 11: c4 leaves
# | 11: c6 served
# | 15: c5 leaves
# | 15: c7 served
# | 16: c6 leaves
# | 21: c7 leaves
# | end time 21
# | waits {0: 0, 1: 0, 2: 2, 3: 3, 4: 4, 5: 2, 6: 2, 7: 5}
# | total wait 18
