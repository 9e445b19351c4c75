# Keyword-only parameters after * and after *args.
def fmt(value, *, width=6, fill="."):
    s = str(value)
    return fill * (width - len(s)) + s
print(fmt(42), fmt(42, width=3), fmt(7, fill="0"), fmt("ab", fill="-", width=5))
def log(*parts, sep=" ", prefix):
    return prefix + sep.join(parts)
print(log("a", "b", prefix="> "), log(prefix="!", sep="-"))
try:
    fmt(1, 2)
except TypeError as e:
    print(e)
try:
    log("x")
except TypeError as e:
    print(e)
