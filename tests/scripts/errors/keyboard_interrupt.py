# an uncaught KeyboardInterrupt ends the process by SIGINT (as CPython 3.11 does)
print("raising KeyboardInterrupt")
raise KeyboardInterrupt
