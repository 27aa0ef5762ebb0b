# SyntaxError: invalid character
price = 5 € 2
