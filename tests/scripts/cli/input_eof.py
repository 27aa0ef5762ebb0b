# input() at end of input raises EOFError: EOF when reading a line
# stdin: input_eof.txt
print(input())
print(input())
print(input())
