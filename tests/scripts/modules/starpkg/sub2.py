print("starpkg.sub2: loaded")
name = "sub2"
