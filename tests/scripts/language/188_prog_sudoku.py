# program: a small sudoku solver (4x4 and 9x9) with backtracking
def solve(board, n, box):
    for r in range(n):
        for c in range(n):
            if board[r][c] == 0:
                for v in range(1, n + 1):
                    if ok(board, r, c, v, n, box):
                        board[r][c] = v
                        if solve(board, n, box):
                            return True
                        board[r][c] = 0
                return False
    return True
def ok(board, r, c, v, n, box):
    for i in range(n):
        if board[r][i] == v or board[i][c] == v:
            return False
    br = r - r % box
    bc = c - c % box
    for i in range(br, br + box):
        for j in range(bc, bc + box):
            if board[i][j] == v:
                return False
    return True
small = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print(solve(small, 4, 2))
for row in small:
    print(row)
puzzle = [
    "53..7....",
    "6..195...",
    ".98....6.",
    "8...6...3",
    "4..8.3..1",
    "7...2...6",
    ".6....28.",
    "...419..5",
    "....8..79",
]
board = []
for line in puzzle:
    row = []
    for ch in line:
        row.append(0 if ch == "." else int(ch))
    board.append(row)
print(solve(board, 9, 3))
for row in board:
    print("".join(map(str, row)))
valid = True
for i in range(9):
    if sorted(board[i]) != list(range(1, 10)):
        valid = False
print("rows valid:", valid)
