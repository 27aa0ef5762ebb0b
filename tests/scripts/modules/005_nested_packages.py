# Three levels of packages: `import a.b.c` binds a and loads every level in order.
import sys

import deep.inner.core.leaf
print("bound:", deep.__name__, "deep.inner" in dir(), "inner" in dir())
print(deep.level, deep.inner.level, deep.inner.core.level, deep.inner.core.leaf.level)
leaf = deep.inner.core.leaf
print(leaf.parent_level, leaf.grandparent_level, leaf.top_level)
print(leaf.__package__, deep.inner.core.__package__, deep.inner.__package__)

import deep.inner.core.leaf as the_leaf
print(the_leaf is leaf)
from deep.inner import core
print(core is deep.inner.core)
from deep.inner.core import leaf as leaf2, level
print(leaf2 is leaf, level)
print(sorted(k for k in sys.modules if k.startswith("deep")))
