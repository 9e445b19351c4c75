# dict methods: get, setdefault, pop, popitem, keys/values/items, update, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "missing"), d)
d.update({"x": 9, "a": 10})
d.update(y=8)
d.update([("w", 7)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d)
e = d.copy()
e["new"] = 1
print(len(d), len(e))
e.clear()
print(e, dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print("a" in d, "zz" in d, "a" in d.keys(), 10 in d.values(), ("a", 10) in d.items())
try:
    d.pop("nothing")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1 None 0
# | 3 1 {'a': 1, 'b': 2, 'c': 3}
# | 2 missing {'a': 1, 'c': 3}
# | {'a': 10, 'c': 3, 'x': 9, 'y': 8, 'w': 7}
# | ['a', 'c', 'x', 'y', 'w'] [10, 3, 9, 8, 7] [('a', 10), ('c', 3), ('x', 9), ('y', 8), ('w', 7)]
# | ('w', 7) {'a': 10, 'c': 3, 'x': 9, 'y': 8}
# | 4 5
# | {} {'a': None, 'b': None, 'c': None} {1: 0, 2: 0}
# | True False True True True
# | KeyError 'nothing'
# | KeyError 'popitem(): dictionary is empty'
