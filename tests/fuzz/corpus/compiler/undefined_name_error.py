# Using an undefined global name raises NameError.
print("before")
print(undefined_thing)
