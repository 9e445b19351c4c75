# stk-error: NotImplementedError: 'match' is not supported (match_in_function.py, line 6, column 5)
# `match` is a soft keyword: as a plain name it is fine (line 3-4); the statement is rejected.
match = [1, 2]
print(match)
def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, y):
            return "other"
