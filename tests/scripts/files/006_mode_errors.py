def attempt(*args, **kwargs):
    try:
        f = open(*args, **kwargs)
        print("opened", f)
        f.close()
    except Exception as e:
        print(type(e).__name__, e)

p = "data/utf8.txt"
for mode in ["q", "rw", "rr", "", "b", "tb", "U", "r++", "rbt", "wa", "x+r"]:
    attempt(p, mode)
attempt(p, "rb", encoding="utf-8")
attempt(p, "rb", errors="strict")
attempt(p, "rb", newline="")
attempt(p, encoding="klingon")
attempt(p, encoding=5)
attempt(p, 5)
attempt(3.5)
attempt(None)
attempt(p, buffering=0)
attempt(p, closefd=False)
attempt(p, "r", foo=1)
attempt()
attempt(-1)
