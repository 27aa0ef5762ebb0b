# nested lists: deep equality, membership, copying, flattening
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid[1], grid[1][2], grid[-1][-1], len(grid), len(grid[0]))
print([4, 5, 6] in grid, [4, 5] in grid, 5 in grid, 5 in grid[1])
print(grid == [[1, 2, 3], [4, 5, 6], [7, 8, 9]], grid < [[1, 2, 4]])
diag = []
for i in range(3):
    diag.append(grid[i][i])
print(diag)
flat = []
for row in grid:
    flat.extend(row)
print(flat, sum(flat))
cols = []
for j in range(3):
    col = []
    for row in grid:
        col.append(row[j])
    cols.append(col)
print(cols)
shallow = list(grid)
shallow[0][0] = 100
print(grid[0][0])
deep = []
for row in grid:
    deep.append(list(row))
deep[0][0] = -1
print(grid[0][0], deep[0][0])
tree = [1, [2, [3, [4, []]]]]
depth = 0
node = tree
while node:
    depth += 1
    node = node[1]
print(depth)
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), max([[1, 2], [1, 3]]))
print([[]] * 2, [[1]] + [[2]], [[0] * 2] * 2)
records = [["bob", 3], ["amy", 5], ["cal", 3]]
records.sort(key=lambda r: (r[1], r[0]))
print(records)
print([1, [2, [3]]].index([2, [3]]), [[1], [1], [2]].count([1]))
stack = [[1, 2], [3]]
stack[0].append(stack[1].pop())
print(stack)
