# sys.argv: the script name as given, then the arguments.
# args: one "two words" --three
import sys

print(sys.argv)
print(len(sys.argv), sys.argv[0], type(sys.argv).__name__)
