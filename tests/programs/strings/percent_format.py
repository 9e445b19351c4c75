# printf-style '%' formatting: conversions, flags, width and precision, '*', tuples and mappings.
print("%s|%r|%a" % ("é", "é", "é"))
print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, 42, 42, 42, -42))
print("%x|%X|%#x|%#X|%o|%#o|%#08x|%-#8x|%x" % (255, 255, 255, 255, 8, 8, 255, 255, -255))
print("%f|%.2f|%10.3f|%-10.1f|%+.1f|%010.2f|%.0f|%#.0f" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5, -2.5, 2.5, 3.0))
print("%e|%.2e|%E|%g|%G|%.3g|%#g|%g" % (12345.678, 12345.678, 0.00012, 0.0001, 1e-10, 1234567.0, 1.0, 1e16))
print("%c%c%c|%5c|%-3c|" % (72, "i", 0x263A, "x", "y"))
print("%s %s" % ("a", "b"), "%s" % "single", "%s" % (("nested", 1),), "%d%%" % 50)
print("%*d|%-*d|%.*f|%*.*f|%-*s|" % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828, -5, "ab"))
print("%.3s|%10.2s|%-6r|" % ("abcdef", "xyz", "q"))
print("%(name)s is %(age)d, %(age)05.1f %(name)r" % {"name": "Ada", "age": 36})
print("%(a)s %%" % {"a": 1}, "no args" % (), "%s" % [1, 2], "%s" % {"k": 1})
print("%d %d" % (True, False), "%s %r" % (True, None), "%d" % 3.99, "%x" % 2 ** 70)
print("%5s|%-5s|%05s|%.1s" % (1, 2, 3, 45))
print("%.5d|%+.3x|%#.4o|% 05d|%0#5x" % (-42, 255, 8, 3, 10))
print("%s" % 2 ** 100, "%d" % -(10 ** 22), "%.3e" % 10 ** 30)
print("%f %e %g %F" % (float("inf"), float("-inf"), float("inf") - float("inf"), float("inf")))
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for row in table:
    print("%-8s%6.2f%4d" % row)
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | é|'é'|'\xe9'
# | 42|42|42|   42|42   |00042|+42| 42|-0042
# | ff|FF|0xff|0XFF|10|0o10|0x0000ff|0xff    |-ff
# | 3.141590|3.14|     3.142|3.1       |+2.5|-000002.50|2|3.
# | 1.234568e+04|1.23e+04|1.200000E-04|0.0001|1E-10|1.23e+06|1.00000|1e+16
# | Hi☺|    x|y  |
# | a b single ('nested', 1) 50%
# |     42|42    |3.14|   2.718|ab   |
# | abc|        xy|'q'   |
# | Ada is 36, 036.0 'Ada'
# | 1 % no args [1, 2] {'k': 1}
# | 1 0 True None 3 400000000000000000
# |     1|2    |    3|4
# | -00042|+0ff|0o0010| 0003|0x00a
# | 1267650600228229401496703205376 -10000000000000000000000 1.000e+30
# | inf -inf nan INF
# | apple     1.50   3
# | kiwi      0.25  12
