# The global statement: reading, rebinding and creating module-level names from functions.
counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
def create():
    global created
    created = "made in a function"
def shadow():
    counter = 99
    return counter
bump()
bump()
print(counter, read(), shadow(), counter)
create()
print(created)
def list_mutation():
    items.append(len(items))
items = []
list_mutation()
list_mutation()
print(items)
