# Comparisons and arithmetic mixing int, float and bool.
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print(True + True, True * 3, False - 1, True / 2)
print(1 < 1.5 < 2, True < 2, False < 0.5, -1 < False)
print(3 == 3.0000000000000001, 0.1 + 0.2 == 0.3)
print(type(1 + 1.0).__name__, type(True + 1).__name__, type(True and 1.5).__name__)
print(max(1, 2.0, True), min(0, 0.0, False), max(True, 1))
print(1 != 1.0, 10 >= 10.0, 2 ** 0.5 > 1.41)
