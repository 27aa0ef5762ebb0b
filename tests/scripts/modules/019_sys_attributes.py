# sys facts: version_info as a named tuple, platform, sizes, the implementation.
import sys

vi = sys.version_info
print(vi[:2] == (3, 11), vi.major, vi.minor, vi[0] == vi.major, len(vi))
print(vi >= (3, 11), vi < (4,), vi.releaselevel, vi.serial, type(vi.micro).__name__)
print(isinstance(vi, tuple), type(vi).__name__, repr(vi).startswith("sys.version_info(major=3, minor=11, micro="))
print(repr(vi).endswith(", releaselevel='final', serial=0)"))
major, minor, *rest = vi
print(major, minor, rest[1:])
print(list(vi)[:2], tuple(vi)[3:], vi.index(11), vi.count(3))
print(type(vi[:2]).__name__, hash(vi) == hash(tuple(vi)), vi == tuple(vi))
try:
    vi.major = 4
except AttributeError as e:
    print("AttributeError")
try:
    type(vi)()
except TypeError as e:
    print(e)
print(sys.version.startswith("3.11."), type(sys.version).__name__)
print(sys.hexversion >> 16 == 0x30B)
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.maxunicode)
print(sys.executable.startswith("/"), len(sys.executable) > 1)
impl = sys.implementation
print(type(impl.name).__name__, impl.name in ("gilt", "cpython"), impl.cache_tag is None or True)
print(type(impl.version).__name__, impl.version.releaselevel)
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names)
print("builtins" in sys.builtin_module_names, list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
print(sys.getdefaultencoding(), sys.intern("abc") == "abc")
