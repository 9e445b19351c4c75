# stackless tutorial: a 1-D cellular automaton (rule 90); each cell is a tasklet that posts its state to its neighbours
# (asynchronously, through a short-lived sender tasklet) and then reads theirs, every step.
import stackless

W = 21
STEPS = 10
state = [0] * W
state[W // 2] = 1
to_left = [stackless.channel() for i in range(W)]   # cell i sends its state to cell i-1
to_right = [stackless.channel() for i in range(W)]  # cell i sends its state to cell i+1
report = stackless.channel()


def post(ch, value):
    ch.send(value)


def cell(i, s):
    for step in range(STEPS):
        if i > 0:
            stackless.tasklet(post)(to_left[i], s)
        if i < W - 1:
            stackless.tasklet(post)(to_right[i], s)
        left = to_right[i - 1].receive() if i > 0 else 0
        right = to_left[i + 1].receive() if i < W - 1 else 0
        s = left ^ right
        report.send((step, i, s))


for i in range(W):
    stackless.tasklet(cell)(i, state[i])
print("".join(".#"[s] for s in state))
rows = {}
for k in range(W * STEPS):
    step, i, s = report.receive()
    rows.setdefault(step, [0] * W)[i] = s
for step in range(STEPS):
    print("".join(".#"[s] for s in rows[step]))
# ---- expected: written by tests/tools/regen_expected.py from pypy3; do not edit ----
# | ..........#..........
# | .........#.#.........
# | ........#...#........
# | .......#.#.#.#.......
# | ......#.......#......
# | .....#.#.....#.#.....
# | ....#...#...#...#....
# | ...#.#.#.#.#.#.#.#...
# | ..#...............#..
# | .#.#.............#.#.
# | #...#...........#...#
