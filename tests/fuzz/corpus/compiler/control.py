if a:
    pass
elif b:
    x = 1
else:
    y = 2
while x < 10:
    x += 1
    if x == 5: break
else:
    z = 0
