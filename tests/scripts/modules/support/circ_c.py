from circ_d import D_VALUE

C_VALUE = "c"
