raise RuntimeError("errpkg.failing cannot load")
