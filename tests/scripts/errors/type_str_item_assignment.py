# TypeError: 'str' object does not support item assignment
word = "cat"
print(word)
word[0] = "b"
