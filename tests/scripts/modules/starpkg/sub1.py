print("starpkg.sub1: loaded")
name = "sub1"
