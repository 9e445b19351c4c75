# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear.
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend("ab")
a.insert(0, "first")
a.insert(100, "end")
a.insert(-1, "before end")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a")
print(a, a.index(2), a.count(1), [1, 1, 2].count(1))
b = a.copy()
b.reverse()
print(a, b)
b.clear()
print(b, len(a))
print([1, 2, 3, 2].index(2, 2))
for bad in [lambda: [].pop(), lambda: [1].remove(5), lambda: [1].index(7)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ['first', 3, 1, 2, 4, 5, 6, 'a', 'b', 'before end', 'end']
# | end first b [3, 1, 2, 4, 5, 6, 'a', 'before end']
# | [3, 1, 2, 4, 5, 6, 'before end'] 2 1 2
# | [3, 1, 2, 4, 5, 6, 'before end'] ['before end', 6, 5, 4, 2, 1, 3]
# | [] 7
# | 3
# | IndexError pop from empty list
# | ValueError list.remove(x): x not in list
# | ValueError 7 is not in list
