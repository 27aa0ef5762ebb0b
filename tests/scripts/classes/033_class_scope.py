x = "global"
class A:
    x = "class"
    y = x + "!"
    def get_x(self):
        return x
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    def uses_class(self):
        return A.x, self.x, type(self).y
print(A.y, A().get_x(), A.doubled, A().uses_class())
class B:
    """Doc of B."""
    count = 0
    def __init__(self):
        B.count += 1
        self.n = B.count
print(B.__doc__, [B().n for _ in range(3)], B.count)
def factory(tag):
    class Made:
        label = tag
        def show(self):
            return f"{self.label}:{tag}"
    return Made
M1, M2 = factory("one"), factory("two")
print(M1().show(), M2().show(), M1.__qualname__, M1 is not M2)
class C:
    def __init__(self): self._private = 1; self.__mangled = 2
    def get(self): return self.__mangled
c = C()
print(c.get(), c._C__mangled, hasattr(c, "__mangled"))
