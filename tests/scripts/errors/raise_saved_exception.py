# raising an exception object created earlier
err = LookupError("saved for later")
print(repr(err))
raise err
