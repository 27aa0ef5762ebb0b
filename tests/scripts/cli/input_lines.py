# input() reads lines from stdin; the prompt goes to stdout when stdin is not a terminal
# stdin: input_lines.txt
name = input("Name: ")
print("Hello,", name)
age = int(input("Age: "))
print("Next year you will be", age + 1)
line = input()
print(repr(line))
print(line.split())
