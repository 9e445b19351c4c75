# An LRU cache class built from a dict and a hand-written doubly linked list, used as a decorator.
class _Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head = _Node(None, None)
        self.tail = _Node(None, None)
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0

    def _unlink(self, n):
        n.prev.next = n.next
        n.next.prev = n.prev

    def _push_front(self, n):
        n.next = self.head.next
        n.prev = self.head
        self.head.next.prev = n
        self.head.next = n

    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value

    def put(self, key, value):
        if key in self.map:
            n = self.map[key]
            n.value = value
            self._unlink(n)
            self._push_front(n)
            return
        if len(self.map) == self.capacity:
            old = self.tail.prev
            self._unlink(old)
            del self.map[old.key]
            print("evict", old.key)
        n = _Node(key, value)
        self.map[key] = n
        self._push_front(n)

    def keys(self):
        out = []
        n = self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map


c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c.keys())
print(c.get("a"), c.get("z", "-"))
c.put("d", "D")
print(c.keys(), len(c), "b" in c)
c.put("c", "C2")
c.put("e", "E")
print(c.keys(), c.hits, c.misses)


class cached:
    def __init__(self, size):
        self.cache = LRUCache(size)

    def __call__(self, fn):
        cache = self.cache

        def wrapper(n):
            v = cache.get(n)
            if v is None:
                v = fn(n)
                cache.put(n, v)
            return v
        return wrapper


memo = cached(100)


@memo
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print(ways(60), memo.cache.hits, memo.cache.misses, len(memo.cache))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ['c', 'b', 'a']
# | A -
# | evict b
# | ['d', 'a', 'c'] 3 False
# | evict a
# | ['e', 'c', 'd'] 1 1
# | 4680045560037375 118 63 63
