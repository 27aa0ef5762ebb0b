# str.format: automatic numbering, manual indexes, names, and reusing an argument.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format(*"xyz"))
print("{name} is {age}".format(name="Ada", age=36))
print("{0} {name} {1}".format(1, 2, name="n"))
print("{} {name} {}".format(1, 2, name="n"))
print("{00}{01}".format("p", "q"), "{0}".format(*range(10)), "{9}".format(*range(10)))
print("{{}}".format(), "plain".format(1, 2, x=3), "".format())
args = ["x", "y"]
kw = {"first": 1, "second": 2}
print("{0}-{1}: {first}/{second}".format(*args, **kw))
print("{é}{日本}".format(**{"é": 1, "日本": 2}), "{_}".format(_=0), "{a b}".format(**{"a b": 5}))
print("{!r:}".format("q"), "{:}".format(7), "{0:}".format(8))
