# Every import statement form and what it binds.
import sys

import deep.inner.core as core_alias
print(core_alias.__name__, "deep" in dir())
import deep.inner.core.leaf as leaf_alias, deep.inner as inner_alias
print(leaf_alias.level, inner_alias.level)
from deep import inner
from deep.inner import (core, level as inner_level)
print(inner.level, core.level, inner_level)
import deep
print(deep.inner is inner)
import sys as s1, sys as s2
print(s1 is s2 is sys)


def scoped():
    import shapes.base as b
    from shapes import circle
    return sorted(locals())


print(scoped())


class Holder:
    import deep as pkg
    from deep.inner import level


print(Holder.pkg.__name__, Holder.level)
