# stackless language: a tasklet defines functions and classes at run time, and its inner tasklets use them.
import stackless


def factory(prefix):
    class Item:
        def __init__(self, n):
            self.n = n

        def __repr__(self):
            return f"{prefix}-Item({self.n})"

    def make(n):
        stackless.schedule()
        return Item(n)

    results = []

    def child(n):
        results.append(make(n))

    for n in range(3):
        stackless.tasklet(child)(n)
    stackless.schedule()
    while len(results) < 3:
        stackless.schedule()
    print(prefix, results)


stackless.tasklet(factory)("X")
stackless.tasklet(factory)("Y")
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | X [X-Item(0), X-Item(1), X-Item(2)]
# | Y [Y-Item(0), Y-Item(1), Y-Item(2)]
