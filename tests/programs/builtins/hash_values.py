# hash() of ints (hash(-1) is -2), bools, strings equal to each other, and tuples of ints.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 0 1 -2 -2 12345 1 0
# | 0 1 549755813888 -549755813888
# | True 1152921504606846976 -2
# | -3550055125485641917 5740354900026072187 7267574591690527098 8078679518589016365
# | True True
# | unhashable type: 'list'
