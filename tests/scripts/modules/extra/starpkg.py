where = "extra/starpkg.py: must lose to the script folder"
