# import forms for builtin modules: import, import as, from-import, sys.modules caching, missing names.
import sys
import math
import math as m
from math import sqrt, pi as PI
from random import seed, randint
from collections import deque
import itertools as it

print(m is math, sqrt(81), PI, math.floor(PI))
print("math" in sys.modules, sys.modules["math"] is math, "collections" in sys.modules)
seed(5)
print([randint(0, 9) for i in range(8)])
print(deque(it.islice(it.count(), 3)))
try:
    from math import nonexistent
except ImportError as e:
    print(type(e).__name__)
try:
    math.nope
except AttributeError as e:
    print(e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e)
def f():
    import random
    random.seed(5)
    return randint(0, 9) == random.randint(0, 9) or True
print(f())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | True 9.0 3.141592653589793 3
# | True True True
# | [9, 4, 5, 8, 0, 7, 3, 0]
# | deque([0, 1, 2])
# | ImportError
# | module 'math' has no attribute 'nope'
# | No module named 'no_such_module_here'
# | True
