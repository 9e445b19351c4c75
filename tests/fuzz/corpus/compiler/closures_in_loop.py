# Closures created in a loop share the loop variable unless it is bound as a default.
fs = []
for i in range(3):
    fs.append(lambda: i)
print(fs[0](), fs[1](), fs[2]())
gs = []
for i in range(3):
    gs.append(lambda i=i: i)
print(gs[0](), gs[1](), gs[2]())
def make(n):
    def f():
        return n * 10
    return f
hs = []
for i in range(3):
    hs.append(make(i))
print(hs[0](), hs[1](), hs[2]())
