# SystemExit("message"): the message goes to stderr, exit status 1
print("exiting with a message")
raise SystemExit("fatal: bad configuration")
