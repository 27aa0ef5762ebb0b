print("deep.inner.core: loaded")
level = 3
