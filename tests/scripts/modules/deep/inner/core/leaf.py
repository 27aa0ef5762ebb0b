print("deep.inner.core.leaf: loaded")
level = 4
from . import level as parent_level
from .. import level as grandparent_level
from ... import level as top_level
