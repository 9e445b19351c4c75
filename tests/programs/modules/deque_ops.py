# collections.deque: both ends, maxlen, rotate, repr, len, iteration, indexing, `in`, equality, + and *.
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1)
d.append(2)
d.appendleft(0)
d.extend([3, 4])
d.extendleft("ab")
print(d, len(d), d[0], d[-1], d[3])
print(d.pop(), d.popleft(), d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(10)
print(d)
print(2 in d, 99 in d, list(d), tuple(d), list(reversed(d)), sorted(d, key=str))
print(d.count(1), d.index(2), d.index(2, 1))
d.remove("a")
d.insert(1, "z")
d[0] = "first"
print(d)
del d[1]
print(d, d.copy(), d == d.copy(), d is d.copy())
d.reverse()
print(d)
d.clear()
print(d, len(d))

m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30, 31])
print(m)
z = deque([1, 2], maxlen=0)
z.append(5)
print(z, deque(maxlen=2), deque([1, 2, 3], 2))

a = deque([1, 2])
b = deque([1, 2])
print(a == b, a != b, a == [1, 2], [1, 2] == a, a < deque([1, 3]), a + b, a * 2, 2 * a)
a += [7, 8]
print(a)
total = 0
for x in deque([5, 6, 7]):
    total += x
print(total, sum(deque([1.5, 2.5])), max(deque("hello")))
print(deque(["x", deque([1])]), str(deque([None, True])))
nested = deque([1])
nested.append(nested)
print(nested)
q = deque()
for i in range(5):
    q.append(i)
order = []
while q:
    order.append(q.popleft())
print(order)
print(type(deque()), isinstance(deque(), list))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | deque([]) 0 False None
# | deque(['b', 'a', 0, 1, 2, 3, 4]) 7 b 4 1
# | 4 b deque(['a', 0, 1, 2, 3])
# | deque([3, 'a', 0, 1, 2])
# | deque([0, 1, 2, 3, 'a'])
# | deque([0, 1, 2, 3, 'a'])
# | True False [0, 1, 2, 3, 'a'] (0, 1, 2, 3, 'a') ['a', 3, 2, 1, 0] [0, 1, 2, 3, 'a']
# | 1 2 2
# | deque(['first', 'z', 1, 2, 3])
# | deque(['first', 1, 2, 3]) deque(['first', 1, 2, 3]) True False
# | deque([3, 2, 1, 'first'])
# | deque([]) 0
# | deque([7, 8, 9], maxlen=3) 3
# | deque([8, 9, 10], maxlen=3)
# | deque([-1, 8, 9], maxlen=3)
# | deque([9, 20, 21], maxlen=3)
# | deque([31, 30, 9], maxlen=3)
# | deque([], maxlen=0) deque([], maxlen=2) deque([2, 3], maxlen=2)
# | True False False False True deque([1, 2, 1, 2]) deque([1, 2, 1, 2]) deque([1, 2, 1, 2])
# | deque([1, 2, 7, 8])
# | 18 4.0 o
# | deque(['x', deque([1])]) deque([None, True])
# | deque([1, [...]])
# | [0, 1, 2, 3, 4]
# | <class 'collections.deque'> False
