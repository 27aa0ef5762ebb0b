# SyntaxError: illegal expression for augmented assignment
a = 1
a + 1 += 1
