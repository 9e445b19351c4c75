# Merge sort and quicksort on pseudo-random data (a seeded LCG), checked against sorted().
def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000)
    return out
def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    less, equal, greater = [], [], []
    for x in items:
        if x < pivot:
            less.append(x)
        elif x > pivot:
            greater.append(x)
        else:
            equal.append(x)
    return quicksort(less) + equal + quicksort(greater)
def quicksort_inplace(a, lo, hi):
    if lo >= hi:
        return
    p = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < p:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    quicksort_inplace(a, lo, i - 1)
    quicksort_inplace(a, i + 1, hi)
data = lcg(42, 2000)
print(data[:10])
m = merge_sort(data)
q = quicksort(data)
r = list(data)
quicksort_inplace(r, 0, len(r) - 1)
print(m == sorted(data), q == sorted(data), r == sorted(data))
print(m[:10], m[-5:])
print(merge_sort([]), quicksort([1]), merge_sort(["pear", "apple", "fig"]))
# ---- expected: written by tests/tools/regen_expected.py from python3; do not edit ----
# | [27, 264, 753, 806, 735, 532, 333, 266, 459, 752]
# | True True True
# | [0, 0, 0, 1, 1, 3, 3, 4, 4, 6] [996, 997, 998, 998, 999]
# | [] [1] ['apple', 'fig', 'pear']
