x = not a and b or c if d else e
y = a < b <= c != d is not e not in f
z = -2 ** -x | y ^ z & w << 1 >> 2 @ m
w = ~+-x
