existing = "yes"
