class P:
    def __eq__(self, other): return True
s = {P()}
