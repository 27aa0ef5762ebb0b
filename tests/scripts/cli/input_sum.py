# read numbers until a blank line, then summarise
# stdin: input_sum.txt
numbers = []
while True:
    line = input()
    if not line.strip():
        break
    numbers.append(float(line))
print("count", len(numbers))
print("sum", sum(numbers))
print("min", min(numbers), "max", max(numbers))
print("mean", sum(numbers) / len(numbers))
