# calling the None returned by a function
def get_handler():
    print("no handler registered")
handler = get_handler()
handler()
