# Collatz sequence statistics below 3,000, with a memo dict of known lengths.
lengths = {1: 1}
def collatz_len(n):
    path = []
    while n not in lengths:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = lengths[n]
    for m in reversed(path):
        length += 1
        lengths[m] = length
    return length
best = (0, 0)
histogram = {}
for start in range(1, 3000):
    l = collatz_len(start)
    if l > best[1]:
        best = (start, l)
    bucket = l // 25 * 25
    histogram[bucket] = histogram.get(bucket, 0) + 1
print("longest:", best)
for bucket in sorted(histogram):
    print(str(bucket).rjust(3), "-", str(bucket + 24).rjust(3), histogram[bucket])
seq = [27]
while seq[-1] != 1:
    n = seq[-1]
    seq.append(n // 2 if n % 2 == 0 else 3 * n + 1)
print(len(seq), max(seq), seq[:8])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | longest: (2919, 217)
# |   0 -  24 298
# |  25 -  49 973
# |  50 -  74 519
# |  75 -  99 280
# | 100 - 124 389
# | 125 - 149 417
# | 150 - 174 92
# | 175 - 199 29
# | 200 - 224 2
# | 112 9232 [27, 82, 41, 124, 62, 31, 94, 47]
