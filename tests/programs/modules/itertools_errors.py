# itertools: argument errors with CPython's messages.
import itertools

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", list(itertools.islice(r, 5)))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("count str", itertools.count, "a")
attempt("count step", itertools.count, 1, "a")
attempt("islice -1", itertools.islice, [1], -1)
attempt("islice start", itertools.islice, [1], -1, 3)
attempt("islice stop", itertools.islice, [1], 1, -1)
attempt("islice step 0", itertools.islice, [1], 1, 2, 0)
attempt("islice one arg", itertools.islice, [1])
attempt("islice five", itertools.islice, [1], 1, 2, 3, 4)
attempt("islice str", itertools.islice, [1], "a")
attempt("islice kw", itertools.islice, [1], stop=2)
attempt("repeat none", itertools.repeat)
attempt("repeat float", itertools.repeat, 1, 2.0)
attempt("chain bad", itertools.chain, 1)
attempt("cycle none", itertools.cycle)
attempt("cycle int", itertools.cycle, 1)
attempt("product int", itertools.product, 1)
attempt("product repeat", itertools.product, "ab", repeat=-1)
attempt("permutations r", itertools.permutations, [1], -1)
attempt("combinations no r", itertools.combinations, [1])
attempt("combinations r", itertools.combinations, [1], -1)
attempt("accumulate none", itertools.accumulate)
attempt("zip_longest int", itertools.zip_longest, 1)
attempt("pairwise none", itertools.pairwise)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | count str TypeError a number is required
# | count step TypeError a number is required
# | islice -1 ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# | islice start ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# | islice stop ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# | islice step 0 ValueError Step for islice() must be a positive integer or None.
# | islice one arg TypeError islice expected at least 2 arguments, got 1
# | islice five TypeError islice expected at most 4 arguments, got 5
# | islice str ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# | islice kw TypeError islice() takes no keyword arguments
# | repeat none TypeError repeat() missing required argument 'object' (pos 1)
# | repeat float TypeError 'float' object cannot be interpreted as an integer
# | chain bad TypeError 'int' object is not iterable
# | cycle none TypeError cycle expected 1 argument, got 0
# | cycle int TypeError 'int' object is not iterable
# | product int TypeError 'int' object is not iterable
# | product repeat ValueError repeat argument cannot be negative
# | permutations r ValueError r must be non-negative
# | combinations no r TypeError combinations() missing required argument 'r' (pos 2)
# | combinations r ValueError r must be non-negative
# | accumulate none TypeError accumulate() missing required argument 'iterable' (pos 1)
# | zip_longest int TypeError 'int' object is not iterable
# | pairwise none TypeError pairwise expected 1 argument, got 0
