# stackless language: a tasklet switch inside a sub-generator reached through yield from, with its return value.
import stackless


def inner(tag):
    for i in range(2):
        stackless.schedule()
        yield f"{tag}.{i}"
    return tag.upper()


def outer(tag):
    r = yield from inner(tag)
    yield "ret " + r


def w(tag):
    print(tag, list_by_loop(outer(tag)))


def list_by_loop(g):
    out = []
    for v in g:
        out.append(v)
    return out


stackless.tasklet(w)("p")
stackless.tasklet(w)("q")
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | p ['p.0', 'p.1', 'ret P']
# | q ['q.0', 'q.1', 'ret Q']
