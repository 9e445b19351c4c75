# __len__ drives len() and, without __bool__, truthiness; __bool__ wins when both exist.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)


s = Stack()
print(len(s), bool(s))
if not s:
    print("empty")
s.push(1)
s.push(2)
print(len(s), bool(s))
while s:
    print("pop", s.pop())


class Both:
    def __len__(self):
        return 0

    def __bool__(self):
        return True


print(bool(Both()), len(Both()))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 0 False
# | empty
# | 2 True
# | pop 2
# | pop 1
# | True 0
