import time

print("slow_mod: start")
time.sleep(0.3)  # another thread asks for this module meanwhile
VALUE = "ready"
print("slow_mod: end")
