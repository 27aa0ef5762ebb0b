# UnboundLocalError from += on a global without a global declaration
counter = 0
def increment():
    counter += 1
print(counter)
increment()
