# the whole file is compiled before it runs: no output from the valid lines above the error
print("this line is valid but never runs")
for i in range(3):
    print(i)
def ok():
    return 1
while True
    break
