print("mainguard: __name__ is", __name__)
if __name__ == "__main__":
    print("mainguard: run as a script")
else:
    print("mainguard: imported")
