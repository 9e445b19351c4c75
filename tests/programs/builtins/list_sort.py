# list.sort in place with key= and reverse=; stability and None return value.
a = [5, 3, 8, 1]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
words = ["pear", "Fig", "apple", "kiwi", "banana"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower(), reverse=True)
print(words)
people = [("amy", 30), ("bo", 25), ("cy", 30), ("di", 25)]
people.sort(key=lambda p: p[1])
print(people)
nums = [3, -1, -4, 1, 5, -9]
nums.sort(key=abs)
print(nums)
x = [2.5, 1, True, 0]
x.sort()
print(x)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | None [1, 3, 5, 8]
# | [8, 5, 3, 1]
# | ['Fig', 'pear', 'kiwi', 'apple', 'banana']
# | ['pear', 'kiwi', 'Fig', 'banana', 'apple']
# | [('bo', 25), ('di', 25), ('amy', 30), ('cy', 30)]
# | [-1, 1, 3, -4, 5, -9]
# | [0, 1, True, 2.5]
