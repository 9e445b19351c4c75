# Dict insert, lookup, update and delete with int and str keys.
def run(rounds):
    total = 0
    for r in range(rounds):
        d = {}
        for i in range(2000):
            d[i] = i * 3
            d["k" + str(i % 500)] = i
        for i in range(0, 2000, 3):
            total += d[i]
            if ("k" + str(i % 700)) in d:
                total += 1
        for i in range(0, 2000, 2):
            del d[i]
        total += len(d)
        for key in d:
            total += 1
        total = total % 1000000007
    return total


print("checksum", run(3000))
