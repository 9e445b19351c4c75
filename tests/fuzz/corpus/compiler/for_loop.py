for i, (a, *b) in enumerate(xs):
    continue
else:
    pass
