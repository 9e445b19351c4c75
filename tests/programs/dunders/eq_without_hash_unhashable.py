# Defining __eq__ without __hash__ makes instances unhashable (TypeError); subclass can restore.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


class H(P):
    def __hash__(self):
        return hash(self.v)


p = P(1)
for action in ["hash", "dict", "set"]:
    try:
        if action == "hash":
            hash(p)
        elif action == "dict":
            {p: 1}
        else:
            set([p])
    except TypeError as e:
        print(action, "TypeError:", e)
print(P.__hash__ is None)
h = H(1)
print(hash(h) == hash(1), {h: "ok"}[H(1)])
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | hash TypeError: unhashable type: 'P'
# | dict TypeError: unhashable type: 'P'
# | set TypeError: unhashable type: 'P'
# | True
# | True ok
