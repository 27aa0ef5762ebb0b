# TypeError: missing 1 required keyword-only argument
def connect(host, *, port):
    return host + ":" + str(port)
print(connect("localhost", port=80))
connect("localhost")
