# raising something that is not an exception
raise "not an exception"
