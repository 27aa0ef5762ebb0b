// IMPORT_NAME and builtins.__import__: CPython 3.11's PyImport_ImportModuleLevelObject (import.c)
// with the parts of importlib._bootstrap it calls (_find_and_load, _find_and_load_unlocked,
// _handle_fromlist), over sys.modules and the finder and loader of import_find.cpp and
// import_load.cpp, and the wait for another thread's import of import_lock.cpp. There is no
// importlib machinery and no __spec__: modules carry __name__, __package__, __path__, __file__.
#include "runtime/import.hpp"
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace importing {

[[noreturn]] void raise_module_not_found(std::string_view msg, std::string_view name) {
  Value exc = new_exception(exc_ModuleNotFoundError, msg);
  set_exception_attribute(exc, "name", make_str(name));
  throw PyException{std::move(exc)};
}

namespace {

Value find_and_load(std::string_view name);

// sys.path as the program left it (no entries when it deleted it).
Value sys_path() {
  Value path = runtime->sys ? runtime->sys->dict->get_str(intern("path")) : Value();
  return path.is_null() ? Value(new_list()) : path;
}

// The entry sys.modules[name] must still have ("KeyError: 'pkg'" as CPython when a module
// deleted its parent's entry while it ran).
Value module_entry(std::string_view name) {
  Value key = make_str(name);
  Value m = runtime->modules->get(key);
  if (m.is_null()) raise_key_error(key);
  return m;
}

// _find_and_load_unlocked: the parent package first, then the module on the parent's __path__
// (or, at top level, among the built-in modules and on sys.path), bound on its parent after.
Value find_and_load_unlocked(std::string_view name) {
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) {
    if (name == "builtins") {  // made at start-up, so not in the built-in module table
      runtime->modules->set(make_str(name), Value(runtime->builtins_module));
      return Value(runtime->builtins_module);
    }
    if (const BuiltinModule* builtin = find_builtin(name)) return load_builtin(*builtin);
    std::optional<FoundModule> found = find_source(name, sys_path());
    if (!found) raise_module_not_found(cat("No module named ", quote_str(name)), name);
    return load_source(name, *found);
  }
  std::string_view parent = name.substr(0, dot);
  std::string_view child = name.substr(dot + 1);
  if (!runtime->modules->contains(make_str(parent))) find_and_load(parent);
  // Importing the parent may have imported this module too.
  Value existing = runtime->modules->get(make_str(name));
  if (!existing.is_null()) return existing;
  Value search_path = get_attr_or_null(module_entry(parent), intern("__path__"));
  if (search_path.is_null()) {
    raise_module_not_found(
        cat("No module named ", quote_str(name), "; ", quote_str(parent), " is not a package"),
        name);
  }
  std::optional<FoundModule> found = find_source(child, search_path);
  if (!found) raise_module_not_found(cat("No module named ", quote_str(name)), name);
  Value module = load_source(name, *found);
  try {
    set_attr(module_entry(parent), intern(child), module);
  } catch (const PyException& e) {
    // CPython warns (ImportWarning, ignored by default) and goes on.
    if (!is_instance(e.exc, exc_AttributeError)) throw;
  }
  return module;
}

// _find_and_load: sys.modules, else find and load.
Value find_and_load(std::string_view name) {
  Value key = make_str(name);
  for (;;) {
    Value module = runtime->modules->get(key);
    if (module.is_null()) return find_and_load_unlocked(name);
    if (module.is_none()) {
      raise_module_not_found(cat("import of ", name, " halted; None in sys.modules"), name);
    }
    // After waiting for another thread's import, look again: a failed body left no entry.
    if (!wait_until_initialized(module)) return module;
  }
}

bool has_fromlist(const Value& fromlist) {
  return !fromlist.is_null() && !fromlist.is_none() && truthy(fromlist);
}

// _handle_fromlist: `from pkg import sub` imports the submodule pkg.sub when pkg has no
// attribute sub; '*' does so for each name in pkg.__all__. A submodule that does not exist is
// no error here: IMPORT_FROM reports the missing name.
void handle_fromlist(const Value& module, const Value& fromlist, bool recursive) {
  for (const Value& item : to_vector(fromlist)) {
    if (!is_str(item)) {
      std::string where = recursive
                              ? cat(str_utf8(get_attr(module, intern("__name__"))), ".__all__")
                              : std::string("``from list''");
      raise_type_error(cat("Item in ", where, " must be str, not ", type_name(item)));
    }
    auto* name = item.as<StrObject>();
    if (name->view() == "*") {
      if (recursive) continue;
      Value all = get_attr_or_null(module, intern("__all__"));
      if (!all.is_null()) handle_fromlist(module, all, true);
      continue;
    }
    if (!get_attr_or_null(module, name).is_null()) continue;
    std::string from_name = cat(str_utf8(get_attr(module, intern("__name__"))), ".", name->view());
    try {
      find_and_load(from_name);
    } catch (const PyException& e) {
      if (!is_instance(e.exc, exc_ModuleNotFoundError)) throw;
      Value missing = get_exception_attribute(e.exc, "name");
      bool same = is_str(missing) && missing.as<StrObject>()->view() == from_name;
      Value entry = runtime->modules->get(make_str(from_name));
      if (!same || (!entry.is_null() && entry.is_none())) throw;
    }
  }
}

}  // namespace

}  // namespace importing

Value import_module(std::string_view name) {
  if (name.empty()) raise_value_error("Empty module name");
  return importing::find_and_load(name);
}

Value import_name(StrObject* name, const Value& fromlist, int level, DictObject* globals) {
  using namespace importing;
  std::string_view relative = name->view();
  std::string resolved;
  Value key(name);
  if (level > 0) {
    resolved = resolve_relative_name(relative, level, globals);
    key = make_str(resolved);
  } else if (relative.empty()) {
    raise_value_error("Empty module name");
  }
  std::string_view full = level > 0 ? std::string_view(resolved) : relative;

  Value module = runtime->modules->get(key);  // the common case: imported already
  if (module.is_null() || module.is_none() ||
      (is_module(module) && module.as<ModuleObject>()->initializing)) {
    module = find_and_load(full);
  }

  if (has_fromlist(fromlist)) {
    if (get_attr_or_null(module, intern("__path__")).is_null()) return module;
    handle_fromlist(module, fromlist, false);
    return module;
  }
  // `import a.b.c` binds a; `from . import` has a fromlist, so a relative form here is only
  // __import__('b.c', globals, level=1): the package of the first component.
  size_t dot = relative.find('.');
  if (dot == std::string_view::npos) return module;
  if (level == 0) return find_and_load(relative.substr(0, dot));
  std::string_view top = full.substr(0, full.size() - (relative.size() - dot));
  Value top_module = runtime->modules->get(make_str(top));
  if (top_module.is_null())
    raise(exc_KeyError, cat(quote_str(top), " not in sys.modules as expected"));
  return top_module;
}

}  // namespace gilt
