# Reading a missing attribute raises AttributeError with the class name in the message.
class Box:
    def __init__(self):
        self.width = 3


b = Box()
print(b.width)
try:
    print(b.height)
except AttributeError as e:
    print("AttributeError:", e)
try:
    b.grow()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Box.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(b, "width"), hasattr(b, "height"))
print(getattr(b, "height", "default"))
setattr(b, "height", 7)
print(b.height, getattr(b, "height"))
b.height
b.depth
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# exit: 1
# | 3
# | AttributeError: 'Box' object has no attribute 'height'
# | AttributeError: 'Box' object has no attribute 'grow'
# | AttributeError: type object 'Box' has no attribute 'nothing'
# | True False
# | default
# | 7 7
# stderr-last: AttributeError: 'Box' object has no attribute 'depth'
