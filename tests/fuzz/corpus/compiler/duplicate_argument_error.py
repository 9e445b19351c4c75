# Passing the same argument positionally and by keyword raises TypeError.
def area(width, height):
    return width * height
print(area(2, height=3))
area(2, width=3)
