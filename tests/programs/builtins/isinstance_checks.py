# isinstance with single types and tuples of types; bool is an int.
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(1.0, int), isinstance(1.0, float), isinstance("s", str), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(1, (str, int)), isinstance("x", (list, tuple)), isinstance(2 ** 100, int))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), LookupError))
print(type(1) is int, type(True) is int, type(True).__name__, type(None).__name__)
print(type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__, type(range(1)).__name__)
print(issubclass(bool, int), issubclass(int, float), issubclass(KeyError, Exception))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | True True True False
# | False True True True
# | True True True True
# | True False True
# | True True
# | True False bool NoneType
# | list tuple dict set range
# | True False True
