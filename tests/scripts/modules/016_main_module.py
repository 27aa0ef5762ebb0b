# __name__ == "__main__" for the script only; `import __main__` reaches the running script.
print(dir(), __annotations__, __cached__)
import sys

sys.path.insert(0, "support")

if __name__ == "__main__":
    print("running as the main program")
import mainguard

import __main__
print(__main__.__name__, __main__ is sys.modules["__main__"])
print(__main__.__file__.endswith("016_main_module.py"), __file__ == __main__.__file__)
marker = "set in main"
print(__main__.marker)
print(repr(__package__), __spec__)
print(type(__builtins__).__name__)
