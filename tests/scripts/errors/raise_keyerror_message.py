# KeyError's message is the repr of its argument
raise KeyError("not found")
