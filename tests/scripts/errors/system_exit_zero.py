# SystemExit with no argument: exit status 0
print("clean exit")
raise SystemExit
