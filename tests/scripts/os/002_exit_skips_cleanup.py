# os._exit ends the process at once: no finally blocks, no SystemExit, the status as given.
import os
import sys

print("before", flush=True)
try:
    os._exit(7)
finally:
    print("finally must not run")
