# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("not printed")
print("n", n)
j = 10
while j > 0:
    j -= 3
print("j", j)
k = 0
while k < 0:
    k += 1
else:
    print("else runs when the body never runs")
