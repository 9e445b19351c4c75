# __getattr__ returning closures creates dynamic methods; delegation to a wrapped object.
class Recorder:
    def __init__(self):
        self.log = []

    def __getattr__(self, name):
        def method(*args):
            self.log.append(name + str(args))
            return len(self.log)
        return method


r = Recorder()
print(r.open("file"), r.write(1, 2), r.close())
print(r.log)


class Wrapper:
    def __init__(self, inner):
        self.inner = inner

    def __getattr__(self, name):
        return getattr(self.inner, name)


w = Wrapper([3, 1, 2])
w.append(0)
w.sort()
print(w.inner, w.count(1), w.index(3))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | 1 2 3
# | ["open('file',)", 'write(1, 2)', 'close()']
# | [0, 1, 2, 3] 1 3
