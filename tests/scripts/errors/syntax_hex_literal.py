# SyntaxError: invalid hexadecimal literal
x = 0xfg
