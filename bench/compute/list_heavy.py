# List append, index, slice, sort and pop.
def run(rounds):
    total = 0
    for r in range(rounds):
        xs = []
        for i in range(3000):
            xs.append((i * 7919 + r) % 10007)
        xs.sort()
        head = xs[:100]
        for i in range(0, len(xs), 5):
            total += xs[i]
        while len(xs) > 1500:
            total += xs.pop()
        xs.reverse()
        total += head[len(head) // 2] + xs[0] + len(xs)
        total = total % 1000000007
    return total


print("checksum", run(4500))
