# program: deterministic simulations (LCG random walk, game of life, bank accounts)
state = 42
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
    return state >> 33
pos = 0
history = []
for step in range(20):
    if rand() % 2:
        pos += 1
    else:
        pos -= 1
    history.append(pos)
print(history)
print(min(history), max(history))
def life_step(cells, w, h):
    new = []
    for y in range(h):
        row = []
        for x in range(w):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dx == 0 and dy == 0:
                        continue
                    yy = (y + dy) % h
                    xx = (x + dx) % w
                    n += cells[yy][xx]
            alive = cells[y][x]
            row.append(1 if (alive and n in (2, 3)) or (not alive and n == 3) else 0)
        new.append(row)
    return new
w, h = 8, 6
cells = []
for y in range(h):
    cells.append([0] * w)
for (x, y) in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]:
    cells[y][x] = 1
for gen in range(4):
    print("generation", gen)
    for row in cells:
        print("".join(map(lambda c: "#" if c else ".", row)))
    cells = life_step(cells, w, h)
accounts = {"alice": 100, "bob": 50}
log = []
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if accounts[src] < amount:
        raise RuntimeError(src + " has insufficient funds")
    accounts[src] -= amount
    accounts[dst] = accounts.get(dst, 0) + amount
for src, dst, amt in [("alice", "bob", 30), ("bob", "carol", 100), ("bob", "carol", 20), ("alice", "bob", -5), ("dave", "bob", 1)]:
    try:
        transfer(src, dst, amt)
        log.append("ok")
    except ValueError as e:
        log.append("ValueError: " + str(e))
    except RuntimeError as e:
        log.append("RuntimeError: " + str(e))
    except KeyError as e:
        log.append("KeyError: " + str(e))
print(accounts)
for entry in log:
    print(entry)
