# TypeError: 'tuple' object does not support item assignment
point = (1, 2)
point[0] = 5
