# attribute-heavy code: instance and class attribute loads and stores in a hot loop
class Vec:
    dims = 3

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def run(n):
    p = Vec(1, 2, 3)
    v = Vec(3, -1, 2)
    acc = 0
    for i in range(n):
        p.x = (p.x + v.x) % 1009
        p.y = (p.y + v.y) % 1013
        p.z = (p.z + v.z * p.dims) % 1019
        acc += p.x * p.y - p.z
        if i % 1000 == 0:
            v.x, v.y = v.y, v.x
    return acc


print(run(2_000_000))
