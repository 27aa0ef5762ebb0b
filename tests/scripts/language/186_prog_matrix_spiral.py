# program: grid walks (spiral order, rotation, flood fill, path counting)
def spiral(n):
    grid = []
    for i in range(n):
        grid.append([0] * n)
    dr = [0, 1, 0, -1]
    dc = [1, 0, -1, 0]
    r = c = d = 0
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr, nc = r + dr[d], c + dc[d]
        if not (0 <= nr < n and 0 <= nc < n) or grid[nr][nc]:
            d = (d + 1) % 4
            nr, nc = r + dr[d], c + dc[d]
        r, c = nr, nc
    return grid
for row in spiral(5):
    print(" ".join(map(lambda v: str(v).rjust(2), row)))
def rotate(g):
    n = len(g)
    out = []
    for c in range(n):
        row = []
        for r in range(n - 1, -1, -1):
            row.append(g[r][c])
        out.append(row)
    return out
print(rotate([[1, 2], [3, 4]]), rotate(rotate(rotate(rotate(spiral(3))))) == spiral(3))
picture = [
    "..##....",
    ".#..#...",
    ".#...#..",
    "..###...",
    "........",
]
cells = []
for line in picture:
    cells.append(list(line))
def fill(r, c):
    stack = [(r, c)]
    count = 0
    while stack:
        r, c = stack.pop()
        if not (0 <= r < len(cells) and 0 <= c < len(cells[0])):
            continue
        if cells[r][c] != ".":
            continue
        cells[r][c] = "~"
        count += 1
        stack.extend([(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)])
    return count
print(fill(2, 3), fill(0, 0))
for row in cells:
    print("".join(row))
def grid_paths(w, h):
    ways = [[1] * (w + 1)]
    for r in range(1, h + 1):
        row = [1]
        for c in range(1, w + 1):
            row.append(row[c - 1] + ways[r - 1][c])
        ways.append(row)
    return ways[h][w]
print(grid_paths(2, 2), grid_paths(10, 10), grid_paths(20, 20))
