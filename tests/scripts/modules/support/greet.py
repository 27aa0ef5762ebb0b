"""Greetings: a plain module the tests import from the support folder."""
print("greet: body runs")

NAME = "greet"
_hidden = "private"
count = 0


def hello(who):
    global count
    count += 1
    return "hello " + who


def calls():
    return count
