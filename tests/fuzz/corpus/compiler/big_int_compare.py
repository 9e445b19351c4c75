# Comparisons between big ints, small ints, floats and bools.
big = 2 ** 80
print(big > 2 ** 79, big < 2 ** 79, big == 2 ** 80, big != 2 ** 80 + 1)
print(-big < 0, -big < -(2 ** 79), big > 1, 1 < big)
print(big == float(big), big + 1 == float(big + 1))
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(big > 1e20, big < 1e30, big * 1.0)
print(big + 0.5, big / 2 ** 78)
print(max(big, 3, -big), min(big, 3, -big))
print(sorted([big, -1, 2 ** 70, 0, -big]))
print(big == True, 1 == True, 0 == False)
