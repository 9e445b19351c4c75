# stackless language: with-blocks whose bodies switch tasklets; __exit__ runs in the right tasklet, also on an exception.
import stackless

log = []


class Section:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append(self.name + " enter")
        return self

    def __exit__(self, tp, val, tb):
        log.append(self.name + " exit " + (tp.__name__ if tp else "clean"))
        return tp is KeyError


def w(name, fail):
    with Section(name):
        stackless.schedule()
        log.append(name + " body")
        if fail:
            raise KeyError(name)
        stackless.schedule()
    log.append(name + " after with")


stackless.tasklet(w)("a", False)
stackless.tasklet(w)("b", True)
stackless.run()
print("\n".join(log))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | a enter
# | b enter
# | a body
# | b body
# | b exit KeyError
# | b after with
# | a exit clean
# | a after with
