# raise Exception("...")
print("about to raise")
raise Exception("something went wrong")
