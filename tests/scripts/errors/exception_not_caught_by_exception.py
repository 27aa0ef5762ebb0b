# except Exception does not catch SystemExit: it passes through and sets the status
try:
    raise SystemExit(2)
except Exception:
    print("not reached")
