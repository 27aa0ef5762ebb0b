# a tiny command loop driven by stdin
# stdin: input_commands.txt
stack = []
while True:
    try:
        line = input("> ")
    except EOFError:
        print("bye")
        break
    parts = line.split()
    if not parts:
        continue
    cmd = parts[0]
    if cmd == "push":
        for p in parts[1:]:
            stack.append(int(p))
        print(stack)
    elif cmd == "add":
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b)
        print(stack)
    elif cmd == "mul":
        b = stack.pop()
        a = stack.pop()
        stack.append(a * b)
        print(stack)
    elif cmd == "quit":
        print("quitting with", stack)
        break
    else:
        print("unknown command:", cmd)
