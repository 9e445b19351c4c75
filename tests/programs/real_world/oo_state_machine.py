# A traffic-light / turnstile state machine with state classes and a transition table.
class InvalidTransition(Exception):
    pass


class State:
    name = "state"

    def on_enter(self, machine):
        machine.log.append("enter " + self.name)

    def handle(self, machine, event):
        raise InvalidTransition(self.name + " cannot handle " + repr(event))


class Locked(State):
    name = "locked"

    def handle(self, machine, event):
        if event == "coin":
            machine.coins += 1
            return Unlocked()
        if event == "push":
            machine.log.append("alarm!")
            return self
        return super().handle(machine, event)


class Unlocked(State):
    name = "unlocked"

    def handle(self, machine, event):
        if event == "push":
            machine.passes += 1
            return Locked()
        if event == "coin":
            machine.log.append("refund")
            return self
        return super().handle(machine, event)


class Turnstile:
    def __init__(self):
        self.log = []
        self.coins = 0
        self.passes = 0
        self.state = Locked()
        self.state.on_enter(self)

    def fire(self, event):
        new = self.state.handle(self, event)
        if new is not self.state:
            self.state = new
            new.on_enter(self)


t = Turnstile()
for ev in ["push", "coin", "coin", "push", "push", "coin", "kick", "push"]:
    try:
        t.fire(ev)
    except InvalidTransition as e:
        t.log.append("error: " + str(e))
for line in t.log:
    print(line)
print(t.state.name, t.coins, t.passes)


class Light:
    TABLE = {("red", "tick"): "green", ("green", "tick"): "yellow", ("yellow", "tick"): "red",
             ("red", "fault"): "flashing", ("green", "fault"): "flashing", ("yellow", "fault"): "flashing",
             ("flashing", "reset"): "red"}

    def __init__(self):
        self.state = "red"

    def send(self, ev):
        key = (self.state, ev)
        if key not in self.TABLE:
            return False
        self.state = self.TABLE[key]
        return True


light = Light()
trace = []
for ev in ["tick", "tick", "tick", "tick", "reset", "fault", "tick", "reset", "tick"]:
    ok = light.send(ev)
    trace.append(light.state + ("" if ok else "(ignored " + ev + ")"))
print(" -> ".join(trace))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | enter locked
# | alarm!
# | enter unlocked
# | refund
# | enter locked
# | alarm!
# | enter unlocked
# | error: unlocked cannot handle 'kick'
# | enter locked
# | locked 2 2
# | green -> yellow -> red -> green -> green(ignored reset) -> flashing -> flashing(ignored tick) -> red -> green
