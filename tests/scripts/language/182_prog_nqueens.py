# program: backtracking (N-queens, subsets summing to a target, permutations)
def queens(n):
    solutions = []
    cols = [0] * n
    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(list(cols))
            return
        for c in range(n):
            if c in used_cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            place(row + 1, used_cols, diag1, diag2)
            used_cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
    place(0, set(), set(), set())
    return solutions
for n in range(1, 9):
    print(n, len(queens(n)))
first = queens(6)[0]
for c in first:
    print("." * c + "Q" + "." * (6 - c - 1))
def subset_sums(nums, target):
    out = []
    def go(i, chosen, total):
        if total == target:
            out.append(list(chosen))
            return
        if i == len(nums) or total > target:
            return
        chosen.append(nums[i])
        go(i + 1, chosen, total + nums[i])
        chosen.pop()
        go(i + 1, chosen, total)
    go(0, [], 0)
    return out
print(subset_sums([3, 34, 4, 12, 5, 2], 9))
print(subset_sums([1, 2, 3, 4, 5], 10))
def permutations(items):
    if not items:
        return [[]]
    out = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([items[i]] + rest)
    return out
ps = permutations([1, 2, 3, 4])
print(len(ps), ps[:3], ps[-1])
