# A binary search tree class with insert, __contains__, height, and in-order __iter__ via generators.
class BST:
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None

    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = BST._Node(key)
            self.count += 1
            return True
        cur = self.root
        while True:
            if key == cur.key:
                return False
            if key < cur.key:
                if cur.left is None:
                    cur.left = BST._Node(key)
                    break
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = BST._Node(key)
                    break
                cur = cur.right
        self.count += 1
        return True

    def __contains__(self, key):
        cur = self.root
        while cur is not None:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def __len__(self):
        return self.count

    def _inorder(self, node):
        if node is not None:
            yield from self._inorder(node.left)
            yield node.key
            yield from self._inorder(node.right)

    def __iter__(self):
        return self._inorder(self.root)

    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            n = stack.pop()
            yield n.key
            if n.right:
                stack.append(n.right)
            if n.left:
                stack.append(n.left)

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def min(self):
        cur = self.root
        while cur.left:
            cur = cur.left
        return cur.key


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    print(k, t.insert(k))
print(list(t))
print(list(t.preorder()))
print(len(t), t.height(), t.min())
print(40 in t, 45 in t)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), len(words))
it = iter(t)
print(next(it), next(it), next(it))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 50 True
# | 30 True
# | 70 True
# | 20 True
# | 40 True
# | 60 True
# | 80 True
# | 30 False
# | 65 True
# | [20, 30, 40, 50, 60, 65, 70, 80]
# | [50, 30, 20, 40, 70, 60, 65, 80]
# | 8 4 20
# | True False
# | ['brown', 'dog', 'fox', 'jumps', 'lazy', 'over', 'quick', 'the'] 8
# | 20 30 40
