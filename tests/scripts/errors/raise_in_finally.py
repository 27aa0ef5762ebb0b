# an exception in finally replaces the one in flight
try:
    raise ValueError("original")
finally:
    print("finally runs")
    raise TypeError("from finally")
