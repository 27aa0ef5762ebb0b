# A SyntaxError in an imported module names that module's file and line.
import sys

HERE = sys.path[0]
sys.path.insert(0, "support")

try:
    import broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg)
    print(e.filename.replace(HERE, "<here>"), e.lineno)
print("broken_syntax" in sys.modules)
import broken_syntax
