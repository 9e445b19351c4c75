# stackless tutorial: map-reduce word count; mapper tasklets emit (word, 1) pairs, one reducer tasklet per letter range.
import stackless

text = """the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs
a quick brown dog and a lazy fox""".split("\n")

reducers = {"a-m": stackless.channel(), "n-z": stackless.channel()}
counts = {"a-m": {}, "n-z": {}}
finished = stackless.channel()


def route(word):
    return "a-m" if word[0] <= "m" else "n-z"


def mapper(line):
    for word in line.split():
        reducers[route(word)].send((word, 1))
        stackless.schedule()
    finished.send(None)


def reducer(key):
    table = counts[key]
    while True:
        item = reducers[key].receive()
        if item is None:
            return
        word, n = item
        table[word] = table.get(word, 0) + n


for key in reducers:
    stackless.tasklet(reducer)(key)
for line in text:
    stackless.tasklet(mapper)(line)
for line in text:
    finished.receive()
for key in reducers:
    reducers[key].send(None)
stackless.run()
for key in sorted(counts):
    print(key, sorted(counts[key].items()))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | a-m [('a', 2), ('and', 2), ('brown', 2), ('dog', 3), ('fox', 3), ('jumps', 1), ('lazy', 2)]
# | n-z [('over', 1), ('quick', 2), ('runs', 1), ('sleeps', 1), ('the', 4)]
