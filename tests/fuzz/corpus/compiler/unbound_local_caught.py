# UnboundLocalError is a NameError and can be caught.
def f(flag):
    if flag:
        y = 1
    return y
print(f(True))
try:
    f(False)
except NameError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
