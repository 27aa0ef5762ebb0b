# from m import a, b as c: names bound from the module, and the errors for missing ones.
import sys

HERE = sys.path[0]
sys.path.insert(0, "support")

from mathish import double, PI_ISH as pi, triple
print(double(4), pi, triple(2))
print("mathish" in sys.modules, "mathish" in dir())

from greet import hello, NAME as greeting_name, _hidden
print(hello("from"), greeting_name, _hidden)

# A rebinding in the module later is not seen by names imported before.
import greet
greet.NAME = "renamed"
print(greeting_name, greet.NAME)

try:
    from mathish import nothing_here
except ImportError as e:
    print(type(e).__name__)
    print(str(e).replace(HERE, "<here>"))
    print(e.name, e.path.replace(HERE, "<here>"))

try:
    from sys import no_such_thing
except ImportError as e:
    print(e, e.name, e.path)

# One statement, several names: the earlier ones are bound before the error.
try:
    from mathish import secret, missing_one
except ImportError as e:
    print("secret bound:", secret)
