class Detailed(RuntimeError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return f"failed with code {self.code}"
print("before")
raise Detailed(42)
