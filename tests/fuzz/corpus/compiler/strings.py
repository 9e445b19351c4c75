s = f"{x!r:>{width}.{prec}} {y=} {{lit}} {'a' if z else 'b'}"
b = rb"\d" B"x" br"\n"
t = """tri
ple""" '''q'''
u = u"\u00e9\x41\101\n"
