# Decorator factories: @repeat(n) and @prefix(text) take arguments.
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            results = []
            for i in range(n):
                results.append(fn(*args))
            return results
        return wrapper
    return deco


def prefix(text):
    def deco(fn):
        def wrapper(x):
            return text + fn(x)
        return wrapper
    return deco


@repeat(3)
def shout(word):
    return word.upper()


@prefix(">> ")
def show(x):
    return str(x)


print(shout("hey"))
print(show(42))
counter = [0]


@repeat(4)
def tick():
    counter[0] += 1
    return counter[0]


print(tick(), counter)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ['HEY', 'HEY', 'HEY']
# | >> 42
# | [1, 2, 3, 4] [4]
