# an exception escaping a generator and the program
def producer():
    yield 1
    yield 2
    raise ValueError("producer failed")

def consumer():
    for item in producer():
        print("consumed", item)

consumer()
