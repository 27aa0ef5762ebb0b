# Doubled braces are literal braces; a single one is an error.
print("{{}}".format(), "{{0}}".format(1), "{{{0}}}".format(1), "{{{{}}}}".format())
print("a{{b}}c".format(), "}}{{".format(), "{{ {} }}".format("mid"), "{{{}".format(5), "{}}}".format(5))
print("x{{".format(), "}}x".format(), "{0}{{".format(1))
def show(fmt, *a):
    try:
        print(repr(fmt.format(*a)))
    except ValueError as e:
        print("ValueError", e)
for fmt in ["}", "{", "a}", "a{", "}a", "{a", "{}}", "{{}", "x}y", "{0}}", "{:}}", "}{", "{{{", "}}}"]:
    show(fmt, 1)
