# NameError raised inside a function for a missing global function
def main():
    print("main starts")
    return compute_total_price(3)
print(main())
