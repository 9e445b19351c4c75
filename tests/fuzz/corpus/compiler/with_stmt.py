with open(f) as g, lock:
    pass
with (a as b, c as d,):
    pass
