# Looking up a missing dict key raises KeyError showing the key's repr.
d = {}
print(d.get("k"))
d["k"]
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | None
# stderr-last: KeyError: 'k'
