# program: a tiny stack-machine interpreter with labels, calls and errors
program = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz end
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
end:
    load acc
    print
    push 7
    push 0
    div
"""
def run(src):
    code = []
    labels = {}
    for raw in src.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        else:
            parts = line.split()
            code.append((parts[0], parts[1] if len(parts) > 1 else None))
    stack = []
    mem = {}
    pc = 0
    steps = 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "store":
            mem[arg] = stack.pop()
        elif op == "load":
            stack.append(mem[arg])
        elif op == "mul":
            b = stack.pop()
            a = stack.pop()
            stack.append(a * b)
        elif op == "sub":
            b = stack.pop()
            a = stack.pop()
            stack.append(a - b)
        elif op == "div":
            b = stack.pop()
            a = stack.pop()
            stack.append(a // b)
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "jmp":
            pc = labels[arg]
        elif op == "print":
            print("out:", stack[-1])
        else:
            raise ValueError("unknown op " + op)
    return steps, stack, mem
try:
    print(run(program))
except ZeroDivisionError as e:
    print("machine fault:", e)
print(run("push 2\npush 3\nmul\nprint"))
try:
    run("push 1\nfrobnicate")
except ValueError as e:
    print("ValueError:", e)
try:
    run("load missing")
except KeyError as e:
    print("KeyError:", e)
try:
    run("mul")
except IndexError as e:
    print("IndexError:", e)
