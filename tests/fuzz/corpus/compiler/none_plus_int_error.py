# Adding None and an int raises TypeError.
value = None
print(value)
value + 1
