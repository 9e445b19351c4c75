# A real-world use: BFS shortest paths on a grid with a deque, and a sliding-window maximum.
from collections import deque

grid = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]
rows, cols = len(grid), len(grid[0])
start = end = None
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "S":
            start = (r, c)
        elif grid[r][c] == "E":
            end = (r, c)
dist = {start: 0}
q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
print("shortest:", dist.get(end), "reached:", len(dist))

def window_max(xs, k):
    out = []
    dq = deque()
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out

print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
recent = deque(maxlen=3)
seen = []
for event in ["a", "b", "c", "d", "e"]:
    recent.append(event)
    seen.append("".join(recent))
print(" ".join(seen))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | shortest: 17 reached: 33
# | [3, 3, 5, 5, 6, 7]
# | a ab abc bcd cde
