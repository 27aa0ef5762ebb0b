# error raised by a sort key
words = ["a", "bb", None]
words.sort(key=len)
