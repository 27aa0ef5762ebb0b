# non-ASCII text through stdin
# stdin: input_unicode.txt
for i in range(3):
    s = input()
    print(len(s), s.upper(), s[::-1], repr(s))
