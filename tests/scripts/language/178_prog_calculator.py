# program: a tokenizer and recursive-descent calculator written in the subset
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/()%^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("bad character " + repr(ch))
    tokens.append(("end", None))
    return tokens
def parse(tokens):
    pos = [0]
    def peek():
        return tokens[pos[0]]
    def take():
        t = tokens[pos[0]]
        pos[0] += 1
        return t
    def expr():
        v = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            r = term()
            v = v + r if op == "+" else v - r
        return v
    def term():
        v = factor()
        while peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = take()[1]
            r = factor()
            if op == "*":
                v = v * r
            elif op == "/":
                v = v / r
            else:
                v = v % r
        return v
    def factor():
        base = unary()
        if peek() == ("op", "^"):
            take()
            return base ** factor()
        return base
    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        return atom()
    def atom():
        t = take()
        if t[0] == "num":
            return t[1]
        if t == ("op", "("):
            v = expr()
            if take() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError("unexpected " + repr(t[1]))
    v = expr()
    if peek()[0] != "end":
        raise SyntaxError("trailing input")
    return v
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5",
            "2 ^ 100", "((((7))))", "1 / 0", "1 +", "3 $ 4", "(1 + 2", "1.5 * 4"]:
    try:
        print(src, "=", parse(tokenize(src)))
    except ZeroDivisionError as e:
        print(src, "-> ZeroDivisionError:", e)
    except SyntaxError as e:
        print(src, "-> SyntaxError:", e)
