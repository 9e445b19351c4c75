# random: CPython 3.11's error messages for bad ranges, empty sequences and bad arguments.
import random

def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)

random.seed(1)
attempt("randrange(0)", random.randrange, 0)
attempt("randrange(-3)", random.randrange, -3)
attempt("randrange(5, 5)", random.randrange, 5, 5)
attempt("randrange(10, 2)", random.randrange, 10, 2)
attempt("randrange(1, 10, 0)", random.randrange, 1, 10, 0)
attempt("randrange(1, 10, -1)", random.randrange, 1, 10, -1)
attempt("randrange(10, step=2)", random.randrange, 10, step=2)
attempt("randint(5, 4)", random.randint, 5, 4)
attempt("randint(3, 3)", random.randint, 3, 3)
attempt("choice([])", random.choice, [])
attempt("choice('')", random.choice, "")
attempt("sample(range(3), 4)", random.sample, range(3), 4)
attempt("sample(range(3), -1)", random.sample, range(3), -1)
attempt("sample({1, 2}, 1)", random.sample, {1, 2}, 1)
attempt("choices weights", random.choices, [1, 2], [1], k=1)
attempt("choices both", random.choices, [1, 2], [1, 1], cum_weights=[1, 2])
attempt("choices zero", random.choices, [1, 2], [0, 0])
attempt("choices k", random.choices, [1, 2], 3)
attempt("getrandbits(-1)", random.getrandbits, -1)
attempt("seed([])", random.seed, [])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | randrange(0) ValueError empty range for randrange()
# | randrange(-3) ValueError empty range for randrange()
# | randrange(5, 5) ValueError empty range for randrange() (5, 5, 0)
# | randrange(10, 2) ValueError empty range for randrange() (10, 2, -8)
# | randrange(1, 10, 0) ValueError zero step for randrange()
# | randrange(1, 10, -1) ValueError empty range for randrange()
# | randrange(10, step=2) TypeError Missing a non-None stop argument
# | randint(5, 4) ValueError empty range for randrange() (5, 5, 0)
# | randint(3, 3) -> 3
# | choice([]) IndexError Cannot choose from an empty sequence
# | choice('') IndexError Cannot choose from an empty sequence
# | sample(range(3), 4) ValueError Sample larger than population or is negative
# | sample(range(3), -1) ValueError Sample larger than population or is negative
# | sample({1, 2}, 1) TypeError Population must be a sequence.  For dicts or sets, use sorted(d).
# | choices weights ValueError The number of weights does not match the population
# | choices both TypeError Cannot specify both weights and cumulative weights
# | choices zero ValueError Total of weights must be greater than zero
# | choices k TypeError The number of choices must be a keyword argument: k=3
# | getrandbits(-1) ValueError number of bits must be non-negative
# | seed([]) TypeError The only supported seed types are: None,
# | int, float, str, bytes, and bytearray.
