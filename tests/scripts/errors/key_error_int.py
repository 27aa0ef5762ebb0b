# KeyError with an int key
squares = {1: 1, 2: 4}
print(squares[2])
print(squares[42])
