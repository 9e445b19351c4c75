x = (1 +
     2)
y = 3 + \
    4
z = [
  1,  # comment
  2,
]
	if x:
		pass
