# A tight arithmetic loop inside a function: dispatch, local access, small-int ops.
def run(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


print("checksum", run(10000000))
