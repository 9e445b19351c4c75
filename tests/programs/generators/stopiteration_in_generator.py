# A StopIteration raised inside a generator body becomes RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration("oops")


def via_next():
    it = iter([1])
    yield next(it)
    yield next(it)


for make in [bad, via_next]:
    try:
        for x in make():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
list(bad())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | got 1
# | RuntimeError: generator raised StopIteration | cause: StopIteration
# | got 1
# | RuntimeError: generator raised StopIteration | cause: StopIteration
# stderr-last: RuntimeError: generator raised StopIteration
