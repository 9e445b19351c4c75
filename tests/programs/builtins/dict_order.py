# dicts keep insertion order; re-assigning keeps position, delete+insert moves to the end.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 99
print(list(d.items()))
for k, v in d.items():
    print(k, v)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): "t"}[(1, 2)])
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | {'zeta': 4, 'alpha': 5, 'mid': 3, 'beta': 4}
# | ['zeta', 'alpha', 'mid', 'beta']
# | [('alpha', 0), ('mid', 3), ('beta', 4), ('zeta', 99)]
# | alpha 0
# | mid 3
# | beta 4
# | zeta 99
# | {'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}
# | {1: 'c'} t
# | True True
