class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __pow__(self, k): return Vec(self.x ** k, self.y ** k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return Vec(self.y, self.x)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, a * 1.5, b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), ~a, a @ b, a & b, a | b, a ^ b, a << 1, a >> 1)
for expr in ["a + 1", "1 + a", "a * 'x'", "'x' * a", "a - 1", "a < b", "divmod(a, 2)", "a ** 'x'"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
class NoOps: pass
for expr in ["-NoOps()", "+NoOps()", "~NoOps()", "abs(NoOps())", "NoOps() + NoOps()", "NoOps() @ 1"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
