# Iterating a non-iterable object, or __iter__ returning a non-iterator, raises TypeError.
class NotIter:
    pass


class BadIter:
    def __iter__(self):
        return 5


for obj in [NotIter(), BadIter()]:
    try:
        for x in obj:
            print(x)
    except TypeError as e:
        print("TypeError:", e)
try:
    next(NotIter())
except TypeError as e:
    print("TypeError:", e)
for x in NotIter():
    pass
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | TypeError: 'NotIter' object is not iterable
# | TypeError: iter() returned non-iterator of type 'int'
# | TypeError: 'NotIter' object is not an iterator
# stderr-last: TypeError: 'NotIter' object is not iterable
