# stackless tutorial: actors with mailboxes; a supervisor restarts a worker that fails, learning about failures through its own mailbox.
import stackless


class Actor:
    def __init__(self, name, behaviour, supervisor=None):
        self.name = name
        self.mailbox = stackless.channel()
        self.behaviour = behaviour
        self.supervisor = supervisor
        stackless.tasklet(self.loop)()

    def loop(self):
        while True:
            msg = self.mailbox.receive()
            if msg == "stop":
                return
            try:
                self.behaviour(self, msg)
            except Exception as e:
                if self.supervisor is None:
                    raise
                self.supervisor.mailbox.send(("failed", self.name, f"{type(e).__name__}: {e}"))
                return


handled = []


def worker_behaviour(actor, msg):
    if msg < 0:
        raise ValueError(f"negative {msg}")
    handled.append((actor.name, msg, 100 // msg))


generation = [0]
current = {}


def supervisor_behaviour(sup, msg):
    kind, name, reason = msg
    print("supervisor:", name, kind, "-", reason)
    generation[0] += 1
    new_name = f"worker#{generation[0]}"
    current["worker"] = Actor(new_name, worker_behaviour, sup)
    print("supervisor: started", new_name)


sup = Actor("supervisor", supervisor_behaviour)
current["worker"] = Actor("worker#0", worker_behaviour, sup)
stackless.run()
for msg in [5, 10, -1, 4, 0, 25, -7, 2]:
    current["worker"].mailbox.send(msg)
    stackless.run()
current["worker"].mailbox.send("stop")
sup.mailbox.send("stop")
stackless.run()
for h in handled:
    print(h)
print("generations:", generation[0])
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | supervisor: worker#0 failed - ValueError: negative -1
# | supervisor: started worker#1
# | supervisor: worker#1 failed - ZeroDivisionError: integer division or modulo by zero
# | supervisor: started worker#2
# | supervisor: worker#2 failed - ValueError: negative -7
# | supervisor: started worker#3
# | ('worker#0', 5, 20)
# | ('worker#0', 10, 10)
# | ('worker#1', 4, 25)
# | ('worker#2', 25, 4)
# | ('worker#3', 2, 50)
# | generations: 3
