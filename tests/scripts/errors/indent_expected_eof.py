# IndentationError at end of file: a block header with no body
for i in range(3):
