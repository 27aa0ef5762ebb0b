# GILTPATH (PYTHONPATH for python3): its folders come right after the script's folder.
# pythonpath: extra
import sys

HERE = sys.path[0]
print(sys.path[1] == HERE + "/extra")
import extra_mod
print(extra_mod.where, extra_mod.__file__.replace(HERE, "<here>"))
import starpkg
print("script folder wins:", starpkg.value)
import shadow_greet
print(shadow_greet.where)
