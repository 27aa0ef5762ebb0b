// Relative imports: the absolute name `from ..x import y` means, worked out from the importing
// code's globals as CPython's resolve_name (import.c) does, without __spec__: gilt's modules
// carry __package__ ("pkg" in pkg/__init__.py and in pkg/mod.py, "" at top level), and code
// whose __package__ is None (the __main__ script, exec'd code) falls back on __name__ and
// __path__.
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/import.hpp"
#include "runtime/str.hpp"

namespace gilt::importing {

namespace {

[[noreturn]] void raise_no_parent() {
  raise(exc_ImportError, "attempted relative import with no known parent package");
}

// The package the importing code belongs to ("" when it has none).
std::string calc_package(DictObject* globals) {
  if (!globals) raise(exc_KeyError, "'__name__' not in globals");
  Value package = globals->get_str(intern("__package__"));
  if (!package.is_null() && !package.is_none()) {
    if (!is_str(package)) raise_type_error("package must be a string");
    return package.as<StrObject>()->data;
  }
  Value spec = globals->get_str(intern("__spec__"));
  if (!spec.is_null() && !spec.is_none()) {
    Value parent = get_attr(spec, intern("parent"));
    if (!is_str(parent)) raise_type_error("__spec__.parent must be a string");
    return parent.as<StrObject>()->data;
  }
  Value name = globals->get_str(intern("__name__"));
  if (name.is_null()) raise(exc_KeyError, "'__name__' not in globals");
  if (!is_str(name)) raise_type_error("__name__ must be a string");
  std::string_view text = name.as<StrObject>()->view();
  if (!globals->get_str(intern("__path__")).is_null()) return std::string(text);  // a package
  size_t dot = text.rfind('.');
  if (dot == std::string_view::npos) raise_no_parent();
  return std::string(text.substr(0, dot));
}

}  // namespace

std::string resolve_relative_name(std::string_view name, int level, DictObject* globals) {
  std::string package = calc_package(globals);
  if (package.empty()) raise_no_parent();
  // Each level above the first drops one trailing component of the package.
  size_t end = package.size();
  for (int up = 1; up < level; ++up) {
    size_t dot = end == 0 ? std::string::npos : package.rfind('.', end - 1);
    if (dot == std::string::npos) {
      raise(exc_ImportError, "attempted relative import beyond top-level package");
    }
    end = dot;
  }
  std::string base = package.substr(0, end);
  if (name.empty()) return base;
  return cat(base, ".", name);
}

}  // namespace gilt::importing
