# output that does not end with a newline is kept as is
print("no newline at the end", end="")
