# Exceptions unwind through nested calls, loops and finally blocks to the nearest handler.
trail = []
def level3():
    trail.append("l3")
    raise LookupError("deep")
def level2():
    try:
        level3()
    finally:
        trail.append("l2 finally")
def level1():
    for i in range(3):
        trail.append("loop " + str(i))
        level2()
    trail.append("not reached")
try:
    level1()
except LookupError as e:
    trail.append("caught " + str(e))
print(trail)
def handler_in_middle():
    try:
        level3()
    except LookupError:
        return "handled in middle"
print(handler_in_middle())
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | ['loop 0', 'l3', 'l2 finally', 'caught deep']
# | handled in middle
