"""gilt's importlib: import_module, reload and invalidate_caches.

gilt's import system is C++ (runtime/import*.cpp) and has no finders, loaders or specs to
expose; this module gives programs the three functions they call, with CPython's behaviour and
messages, on top of __import__.
"""

import sys

__all__ = ["import_module", "reload", "invalidate_caches"]

_RELOADING = {}


def import_module(name, package=None):
    """Import a module and return it: 'a.b' gives a.b itself (not a, as `import a.b` binds).

    A relative name ('.sub', '..sub') is taken relative to `package`.
    """
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative import for "
                + repr(name)
            )
        for character in name:
            if character != ".":
                break
            level += 1
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        anchor = {"__package__": package, "__name__": package}
        return __import__(name[level:], anchor, None, ["__name__"], level)
    return __import__(name, None, None, ["__name__"], 0)


def reload(module):
    """Run a module's source again in the module's own namespace, and return the module."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module " + name + " not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition(".")[0]
        if parent_name and parent_name not in sys.modules:
            raise ImportError(
                "parent " + repr(parent_name) + " not in sys.modules", name=parent_name
            )
        filename = getattr(module, "__file__", None)
        if filename is None:
            return module  # a built-in module: nothing to run again
        with open(filename, encoding="utf-8") as source_file:
            source = source_file.read()
        exec(compile(source, filename, "exec"), module.__dict__)
        # The module may have replaced itself in sys.modules.
        return sys.modules[name]
    finally:
        _RELOADING.pop(name, None)


def invalidate_caches():
    """Nothing to do: gilt's finder keeps no caches of folder contents."""
