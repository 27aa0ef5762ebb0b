# several args print as a tuple
raise ValueError("bad", 42)
