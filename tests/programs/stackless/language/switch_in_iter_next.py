# stackless language: an iterator class whose __next__ blocks on a channel drives a for loop inside a tasklet.
import stackless

ch = stackless.channel()


class Stream:
    def __iter__(self):
        stackless.schedule()
        return self

    def __next__(self):
        v = ch.receive()
        if v is None:
            raise StopIteration
        return v


def consumer():
    for v in Stream():
        print("consumer got", v)
    print("consumer done")


def producer():
    for v in ["a", "b", "c", None]:
        print("producer sends", v)
        ch.send(v)


stackless.tasklet(consumer)()
stackless.tasklet(producer)()
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | producer sends a
# | consumer got a
# | producer sends b
# | consumer got b
# | producer sends c
# | consumer got c
# | producer sends None
# | consumer done
