# format() of bools (str when the spec is empty, int otherwise), None and containers.
print(format(True), format(False), format(True, ""), format(True, "d"), format(False, "5"))
print(format(True, ">6") + "|", format(True, "#x"), format(True, ".2f"), format(False, "%"))
print(f"{True}|{False:^7}|{True!r}|{None}|{None!r:>6}|{[1, None]}")
print("{} {:d} {!s:>6}".format(True, True, False))
print("%s %d %r %5s" % (True, True, False, None))
print(format(None), format([1, 2]), format((3,)), format({"a": 1}), format({1}))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | True False True 1     0
# |      1| 0x1 1.00 0.000000%
# | True|   0   |True|None|  None|[1, None]
# | True 1  False
# | True 1 False  None
# | None [1, 2] (3,) {'a': 1} {1}
