# Generators chained as a pipeline: read -> parse -> filter -> transform -> aggregate.
LOG = """INFO start
WARN disk 80
INFO tick
ERROR disk 95
WARN mem 70
ERROR net down
INFO stop"""


def lines(text):
    for line in text.split("\n"):
        print("read:", line)
        yield line


def parse(ls):
    for line in ls:
        level, _, rest = line.partition(" ")
        yield level, rest


def only(level, records):
    for lv, rest in records:
        if lv == level:
            yield rest


def upper(items):
    for it in items:
        yield it.upper()


pipe = upper(only("ERROR", parse(lines(LOG))))
print("pipeline built")
for item in pipe:
    print("=>", item)
counts = {}
for lv, _ in parse(LOG.split("\n")):
    counts[lv] = counts.get(lv, 0) + 1
print(counts)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | pipeline built
# | read: INFO start
# | read: WARN disk 80
# | read: INFO tick
# | read: ERROR disk 95
# | => DISK 95
# | read: WARN mem 70
# | read: ERROR net down
# | => NET DOWN
# | read: INFO stop
# | {'INFO': 3, 'WARN': 2, 'ERROR': 2}
