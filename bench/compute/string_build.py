# String building with += and join, plus str() of ints, split and len.
def run(rounds):
    total = 0
    for r in range(rounds):
        s = ""
        for i in range(2000):
            s += str(i % 97) + ","
        parts = s.split(",")
        total += len(parts) + len(s)
        pieces = []
        for p in parts:
            pieces.append(p + ":" + str(r))
        joined = "|".join(pieces)
        total += len(joined) + joined.count("1:")
        total = total % 1000000007
    return total


print("checksum", run(3000))
