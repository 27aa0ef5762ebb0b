# sys.stdout: write returns the count, flush, replacing stdout, print(file=...).
import sys

n = sys.stdout.write("written directly\n")
print(n)
print(sys.stdout.write(""), sys.stdout.flush())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


cap = Capture()
sys.stdout = cap
print("captured", 1, 2)
sys.stdout = sys.__stdout__
print(cap.parts)
print("to stdout", file=sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
