# format() of str: alignment (left by default), fill, width, precision (truncation by characters).
words = ["", "a", "abc", "héllo", "日本語", "tab\there", "🙂x"]
for w in words:
    print([format(w, s) for s in ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", ".0", "5.1", ">7.3s",
                                  "-<4", "0", "05", "010", ">05", "^05", "é^7", "🙂>4", "3", ".10"]])
print(format("x", "{^5"), format("x", "}<3"), format("x", ":>3"), format("x", "\n>3").replace("\n", "N"))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|", "{:.3}".format("truncate"), "{:*^9.2}".format("centre"))
