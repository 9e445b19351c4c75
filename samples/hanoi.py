# Towers of Hanoi: solves the puzzle recursively, draws the pegs after each of
# the first moves, and counts moves per disk. Run: build/bin/stk samples/hanoi.py


def solve(n, source, target, spare, moves):
    if n == 0:
        return
    solve(n - 1, source, spare, target, moves)
    moves.append((n, source, target))
    solve(n - 1, spare, target, source, moves)


def draw(pegs, height):
    for level in range(height - 1, -1, -1):
        line = ""
        for name in "ABC":
            peg = pegs[name]
            if level < len(peg):
                disk = peg[level]
                line += " " * (height - disk) + "=" * (2 * disk + 1) + " " * (height - disk)
            else:
                line += " " * height + "|" + " " * height
            line += "  "
        print(line.rstrip())
    print("-" * (3 * (2 * height + 3) - 2))


def make_counter():
    counts = {}

    def count(disk):
        counts[disk] = counts.get(disk, 0) + 1
        return counts[disk]

    return count, counts


disks = 4
pegs = {"A": list(range(disks, 0, -1)), "B": [], "C": []}
moves = []
solve(disks, "A", "C", "B", moves)

print("Start:")
draw(pegs, disks)
count, counts = make_counter()
for step, (disk, source, target) in enumerate(moves, 1):
    moved = pegs[source].pop()
    if moved != disk:
        raise RuntimeError("the solver moved the wrong disk")
    if pegs[target] and pegs[target][-1] < disk:
        raise RuntimeError("a larger disk was put on a smaller one")
    pegs[target].append(moved)
    count(disk)
    if step <= 3 or step == len(moves):
        print("Move " + str(step) + ": disk", disk, "from", source, "to", target)
        draw(pegs, disks)

print("Solved", disks, "disks in", len(moves), "moves (2**n - 1 =", str(2 ** disks - 1) + ")")
for disk in sorted(counts):
    print("  disk", disk, "moved", counts[disk], "times")

print("Moves needed for n disks:", end="")
for n in range(1, 11):
    few = []
    solve(n, "A", "C", "B", few)
    print(" " + str(len(few)), end="")
print()
