# an empty message prints just the class name
raise ValueError("")
