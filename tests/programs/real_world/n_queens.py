# N-queens by backtracking: solution counts for n = 1..8 and the first 8x8 board.
def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    solutions = []
    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(8)[0]
print(first)
for c in first:
    row = []
    for i in range(8):
        row.append("Q" if i == c else ".")
    print(" ".join(row))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1 1
# | 2 0
# | 3 0
# | 4 2
# | 5 10
# | 6 4
# | 7 40
# | 8 92
# | [0, 4, 7, 5, 2, 6, 1, 3]
# | Q . . . . . . .
# | . . . . Q . . .
# | . . . . . . . Q
# | . . . . . Q . .
# | . . Q . . . . .
# | . . . . . . Q .
# | . Q . . . . . .
# | . . . Q . . . .
