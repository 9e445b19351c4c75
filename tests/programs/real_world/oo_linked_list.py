# A singly linked list class with append, prepend, remove, reverse, __len__, __iter__, __getitem__ and __repr__.
class _Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.tail = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, v):
        node = _Node(v)
        if self.tail is None:
            self.head = self.tail = node
        else:
            self.tail.next = node
            self.tail = node
        self.size += 1

    def prepend(self, v):
        self.head = _Node(v, self.head)
        if self.tail is None:
            self.tail = self.head
        self.size += 1

    def remove(self, v):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == v:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                if cur is self.tail:
                    self.tail = prev
                self.size -= 1
                return
            prev = cur
            cur = cur.next
        raise ValueError(repr(v) + " not in list")

    def reverse(self):
        prev = None
        cur = self.head
        self.tail = cur
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def __len__(self):
        return self.size

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("linked list index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"


ll = LinkedList([1, 2, 3])
ll.append(4)
ll.prepend(0)
print(ll, len(ll))
ll.remove(2)
ll.remove(4)
print(ll, ll.tail.value)
ll.reverse()
print(ll, ll[0], ll[-1], 3 in ll, 2 in ll)
try:
    ll.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(ll == LinkedList([3, 1, 0]), ll == LinkedList([3, 1]))
print(sum(ll), sorted(ll), [x * 2 for x in ll])
big = LinkedList(range(5000))
big.reverse()
print(big[0], big[-1], len(big))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | LinkedList([0, 1, 2, 3, 4]) 5
# | LinkedList([0, 1, 3]) 3
# | LinkedList([3, 1, 0]) 3 0 True False
# | ValueError: 99 not in list
# | IndexError: linked list index out of range
# | True False
# | 4 [0, 1, 3] [6, 2, 0]
# | 4999 0 5000
