# SyntaxError: unterminated triple-quoted string literal
s = """abc
def
