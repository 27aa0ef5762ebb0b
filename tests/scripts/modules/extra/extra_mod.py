where = "found through GILTPATH/PYTHONPATH"
