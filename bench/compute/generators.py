# A generator pipeline: source -> filter -> map -> windowed sum, plus a
# generator expression consumed by sum().
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x % 1009


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield sum(window)
            window.pop(0)


def run(n):
    total = 0
    for w in windows(squares(evens(numbers(n))), 4):
        total = (total + w) % 1000000007
    total += sum(x % 13 for x in numbers(n // 2))
    return total


print("checksum", run(8000000))
