# IndentationError: expected an indented block after function definition
def f():
return 1
