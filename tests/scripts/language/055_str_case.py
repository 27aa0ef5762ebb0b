# case conversion and character classes
for s in ["hello world", "HELLO World", "hello_world-foo bar", "they're bill's", "", "123abc", "élan vital", "ß"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("Straße".upper(), "ΑΒΓ".lower(), "éÉ".upper())
for s in ["123", "12.3", "", "abc", "Abc", "ab1", " ", " \t\n", "ABC", "abc ", "½", "٣", "é", "日本"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle())
print("abc_1".isidentifier(), "1abc".isidentifier(), "é".isidentifier(), "".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii())
print("abc\n".isprintable(), "abc".isprintable())
print("hello".upper().lower() == "hello")
