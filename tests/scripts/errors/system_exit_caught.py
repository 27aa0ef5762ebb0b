# SystemExit can be caught; a later uncaught error decides the status
try:
    raise SystemExit(9)
except SystemExit as e:
    print("caught exit", e.code)
raise RuntimeError("after catching SystemExit")
