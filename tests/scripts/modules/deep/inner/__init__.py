print("deep.inner: loaded")
level = 2
