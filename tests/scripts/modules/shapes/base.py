print("shapes.base: loaded as", __name__, "in package", __package__)


class Shape:
    kind = "shape"

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0


def describe(shape):
    return shape.kind + " " + shape.name + " with area " + str(shape.area())
