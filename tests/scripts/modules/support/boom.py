print("boom: before the error")
started = True
raise ValueError("boom while importing")
