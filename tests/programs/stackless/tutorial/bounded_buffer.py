# stackless tutorial: a bounded buffer (capacity 2) in front of a slow consumer; the fast producer blocks whenever the buffer is full.
import stackless
from collections import deque

put_ch = stackless.channel()
get_ch = stackless.channel()
log = []


def buffer(capacity):
    items = deque()
    closed = False
    while True:
        if items and get_ch.balance < 0:
            get_ch.send(items.popleft())
        elif not closed and len(items) < capacity and put_ch.balance > 0:
            v = put_ch.receive()
            if v is None:
                closed = True
            else:
                items.append(v)
                log.append(f"buffered {v} size {len(items)}")
        elif closed and not items:
            while get_ch.balance < 0:
                get_ch.send(None)
            return
        else:
            stackless.schedule()


def producer(n):
    for i in range(n):
        put_ch.send(i)
        log.append(f"produced {i}")
    put_ch.send(None)


def consumer():
    while True:
        v = get_ch.receive()
        if v is None:
            break
        log.append(f"consumed {v}")
        for i in range(3):
            stackless.schedule()


stackless.tasklet(buffer)(2)
stackless.tasklet(producer)(6)
stackless.tasklet(consumer)()
stackless.run()
print("\n".join(log))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | buffered 0 size 1
# | consumed 0
# | produced 0
# | buffered 1 size 1
# | produced 1
# | buffered 2 size 2
# | produced 2
# | consumed 1
# | buffered 3 size 2
# | produced 3
# | consumed 2
# | buffered 4 size 2
# | produced 4
# | consumed 3
# | buffered 5 size 2
# | produced 5
# | consumed 4
# | consumed 5
