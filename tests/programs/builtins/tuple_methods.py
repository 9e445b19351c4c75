# tuple count/index, concatenation, repetition and single-element tuples.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2))
print((1,) + (2, 3), (0,) * 3, (), (5,), len((1, 2)), (1, 2) * 0)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 3 0 2 3
# | (1, 2, 3) (0, 0, 0) () (5,) 2 ()
# | ((1, 2), [3, 4, 5])
# | tuple.index(x): x not in tuple
# | 'tuple' object does not support item assignment
