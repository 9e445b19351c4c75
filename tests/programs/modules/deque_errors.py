# collections.deque: error types and messages (empty pops, bad index, maxlen, missing items).
from collections import deque

def attempt(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque([1, 2, 3])
attempt("pop empty", deque().pop)
attempt("popleft empty", deque().popleft)
attempt("index 5", lambda: d[5])
attempt("index -4", lambda: d[-4])
attempt("index str", lambda: d["a"])
attempt("remove 9", d.remove, 9)
attempt("index 'a'", d.index, "a")
attempt("maxlen -1", deque, [1], -1)
attempt("maxlen str", deque, [1], "a")
attempt("not iterable", deque, 5)
attempt("too many", deque, [1], 2, 3)
attempt("append none", d.append)
attempt("pop arg", d.pop, 1)
attempt("add list", lambda: d + [1])
attempt("list add", lambda: [1] + d)
attempt("hash", hash, d)
attempt("attr", lambda: d.foo)
attempt("full insert", deque([1], maxlen=1).insert, 0, 5)
attempt("rotate str", d.rotate, "a")
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | pop empty IndexError pop from an empty deque
# | popleft empty IndexError pop from an empty deque
# | index 5 IndexError deque index out of range
# | index -4 IndexError deque index out of range
# | index str TypeError sequence index must be integer, not 'str'
# | remove 9 ValueError 9 is not in deque
# | index 'a' ValueError 'a' is not in deque
# | maxlen -1 ValueError maxlen must be non-negative
# | maxlen str TypeError an integer is required
# | not iterable TypeError 'int' object is not iterable
# | too many TypeError deque() takes at most 2 arguments (3 given)
# | append none TypeError deque.append() takes exactly one argument (0 given)
# | pop arg TypeError deque.pop() takes no arguments (1 given)
# | add list TypeError can only concatenate deque (not "list") to deque
# | list add TypeError can only concatenate list (not "collections.deque") to list
# | hash TypeError unhashable type: 'collections.deque'
# | attr AttributeError 'collections.deque' object has no attribute 'foo'
# | full insert IndexError deque already at its maximum size
# | rotate str TypeError 'str' object cannot be interpreted as an integer
