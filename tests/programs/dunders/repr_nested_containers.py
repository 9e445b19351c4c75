# A __repr__ that itself formats a list of child objects recursively.
class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []

    def __repr__(self):
        if not self.children:
            return "Node(" + repr(self.name) + ")"
        return "Node(" + repr(self.name) + ", " + repr(self.children) + ")"


tree = Node("root", [Node("a"), Node("b", [Node("c"), Node("d")])])
print(tree)
print(repr(tree.children[1]))
print({"tree": tree.children[0]})
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | Node('root', [Node('a'), Node('b', [Node('c'), Node('d')])])
# | Node('b', [Node('c'), Node('d')])
# | {'tree': Node('a')}
