print("deep: loaded")
level = 1
