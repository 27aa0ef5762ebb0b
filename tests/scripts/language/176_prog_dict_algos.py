# program: graphs with dicts (BFS, DFS, topological sort, shortest paths)
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
}
def bfs(start):
    order = [start]
    seen = {start: True}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = True
                order.append(nxt)
                queue.append(nxt)
    return order
def dfs(node, seen, order):
    seen[node] = True
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen, order)
    return order
print(bfs("a"), dfs("a", {}, []))
def topo():
    indeg = {}
    for n in graph:
        indeg.setdefault(n, 0)
        for m in graph[n]:
            indeg[m] = indeg.get(m, 0) + 1
    ready = []
    for n in indeg:
        if indeg[n] == 0:
            ready.append(n)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
    return out
print(topo())
weighted = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}
def dijkstra(src):
    dist = {}
    prev = {}
    for n in weighted:
        dist[n] = float("inf")
    dist[src] = 0
    todo = list(weighted)
    while todo:
        best = todo[0]
        for n in todo:
            if dist[n] < dist[best]:
                best = n
        todo.remove(best)
        for nb, w in weighted[best].items():
            if dist[best] + w < dist[nb]:
                dist[nb] = dist[best] + w
                prev[nb] = best
    return dist, prev
dist, prev = dijkstra("A")
print(dist)
path = ["E"]
while path[-1] != "A":
    path.append(prev[path[-1]])
print(list(reversed(path)))
def count_paths(node, memo):
    if node == "f":
        return 1
    if node in memo:
        return memo[node]
    total = 0
    for nxt in graph[node]:
        total += count_paths(nxt, memo)
    memo[node] = total
    return total
print(count_paths("a", {}))
inverted = {}
for n, outs in graph.items():
    for m in outs:
        inverted.setdefault(m, []).append(n)
print(inverted)
