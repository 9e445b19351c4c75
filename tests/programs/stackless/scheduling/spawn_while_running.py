# stackless scheduling: a tasklet spawned mid-round runs after every tasklet that was already queued.
import stackless


def child(name):
    print("  child", name)


def parent(name, n):
    for i in range(n):
        print(name, "step", i)
        stackless.tasklet(child)(f"{name}-{i}")
        stackless.schedule()
    print(name, "done")


stackless.tasklet(parent)("P", 2)
stackless.tasklet(parent)("Q", 3)
stackless.run()
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | P step 0
# | Q step 0
# |   child P-0
# | P step 1
# |   child Q-0
# | Q step 1
# |   child P-1
# | P done
# |   child Q-1
# | Q step 2
# |   child Q-2
# | Q done
