# stackless tutorial: a chat room tasklet broadcasts each message to every member except its sender, in join order.
import stackless

room_in = stackless.channel()


def room():
    members = []
    while True:
        kind, who, payload = room_in.receive()
        if kind == "join":
            members.append((who, payload))
            for name, inbox in members:
                if name != who:
                    inbox.send(f"* {who} joined")
        elif kind == "say":
            for name, inbox in members:
                if name != who:
                    inbox.send(f"<{who}> {payload}")
        elif kind == "close":
            for name, inbox in members:
                inbox.send(None)
            return


transcripts = {}


def member(name, lines):
    inbox = stackless.channel()
    transcripts[name] = []

    def listen():
        while True:
            m = inbox.receive()
            if m is None:
                return
            transcripts[name].append(m)

    stackless.tasklet(listen)()
    room_in.send(("join", name, inbox))
    for line in lines:
        stackless.schedule()
        room_in.send(("say", name, line))


stackless.tasklet(room)()
stackless.tasklet(member)("ann", ["hi all", "bye"])
stackless.tasklet(member)("ben", ["hello"])
stackless.tasklet(member)("cat", ["yo", "ok", "later"])
stackless.run()
room_in.send(("close", None, None))
stackless.run()
for name in ["ann", "ben", "cat"]:
    print(name, transcripts[name])
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | ann ['* ben joined', '* cat joined', '<ben> hello', '<cat> yo', '<cat> ok', '<cat> later']
# | ben ['* cat joined', '<ann> hi all', '<cat> yo', '<ann> bye', '<cat> ok', '<cat> later']
# | cat ['<ann> hi all', '<ben> hello', '<ann> bye']
