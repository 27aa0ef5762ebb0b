# with no stdin at all (the runner gives an empty one) the first input() fails
print("asking")
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", e)
