# SystemExit raised in a nested call, finally blocks still run
def quit_now():
    try:
        raise SystemExit(4)
    finally:
        print("finally before exit")
quit_now()
