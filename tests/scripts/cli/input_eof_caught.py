# EOFError can be caught; reading continues to fail at EOF
# stdin: input_eof_caught.txt
lines = []
while True:
    try:
        lines.append(input())
    except EOFError as e:
        print("EOFError:", e)
        break
print(lines)
try:
    input("again? ")
except EOFError:
    print()
    print("still EOF")
