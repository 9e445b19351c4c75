# stackless channels: request/response with a reply channel sent along with each request.
import stackless

requests = stackless.channel()


def server():
    while True:
        op, a, b, reply = requests.receive()
        if op == "stop":
            reply.send("bye")
            return
        reply.send(a + b if op == "add" else a * b)


def client(name, op, a, b):
    reply = stackless.channel()
    requests.send((op, a, b, reply))
    print(name, op, a, b, "->", reply.receive())


stackless.tasklet(server)()
stackless.tasklet(client)("c1", "add", 2, 3)
stackless.tasklet(client)("c2", "mul", 4, 5)
stackless.tasklet(client)("c3", "add", "x", "y")
stackless.run()
final = stackless.channel()
requests.send(("stop", 0, 0, final))
print("server said", final.receive())
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | c1 add 2 3 -> 5
# | c2 mul 4 5 -> 20
# | c3 add x y -> xy
# | server said bye
