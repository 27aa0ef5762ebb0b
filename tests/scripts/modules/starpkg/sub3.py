print("starpkg.sub3: loaded")
name = "sub3"
