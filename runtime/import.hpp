// The import system's parts, shared by runtime/import*.cpp (runtime.hpp has the entry points):
//   import.cpp          import_name: CPython's PyImport_ImportModuleLevelObject and _bootstrap's
//                       _find_and_load / _handle_fromlist, over sys.modules
//   import_resolve.cpp  relative names: the package of the importing code, `..x` -> "pkg.x"
//   import_find.cpp     finding: the built-in module table, then the folders of a search path
//   import_library.cpp  gilt's library folder and the copies of modules/*.py embedded in gilt
//   import_load.cpp     loading: making, registering and running a module
//   import_lock.cpp     threads importing the same module: waiting for its body to finish
//   import_ops.cpp      IMPORT_FROM and IMPORT_STAR (vm_internal.hpp)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/runtime.hpp"

namespace gilt::importing {

// --- import_resolve.cpp ---
// The absolute name of a relative import (level > 0) made from code whose globals are
// `globals`: "from .. import x" in pkg.sub.mod is "pkg". ImportError "attempted relative import
// with no known parent package" / "... beyond top-level package", KeyError "'__name__' not in
// globals", TypeError "package must be a string".
std::string resolve_relative_name(std::string_view name, int level, DictObject* globals);

// --- import_find.cpp ---
struct FoundModule {
  std::string file;         // __file__ and the name tracebacks show
  std::string text;         // the source
  std::string package_dir;  // a package's folder (its __path__), empty for a plain module
};
// The built-in (C++) module named `name`, or null.
const BuiltinModule* find_builtin(std::string_view name);
// Looks `tail` (the last part of a dotted name) up in each folder of `search_path` (sys.path or
// a package's __path__), in order: `tail/__init__.py` (a package) before `tail.py`.
std::optional<FoundModule> find_source(std::string_view tail, const Value& search_path);

// --- import_library.cpp ---
// gilt's own library folder: the last entry of sys.path.
const std::string& library_dir();
// The source of `file` from the modules embedded at build time when `file` is `name`.py in the
// library folder and that folder is not on disk; nullopt otherwise.
std::optional<std::string_view> embedded_library_source(std::string_view dir,
                                                        std::string_view tail);
// sys.path at start-up: `first` (the script's folder or ''), the GILTPATH folders, the library.
std::vector<std::string> initial_sys_path(std::string_view first);

// --- import_load.cpp ---
// Initialises a built-in module once per process and registers it in sys.modules.
Value load_builtin(const BuiltinModule& builtin);
// Makes the module `name` for a found source, registers it in sys.modules, runs its body and
// returns what sys.modules holds then; a failing body removes it from sys.modules again.
Value load_source(std::string_view name, const FoundModule& found);

// --- import_lock.cpp ---
// Marks a module as running its body on this thread (ModuleObject::initializing) for the
// scope's life; the end of the scope wakes the threads waiting for it.
class ModuleInitScope {
 public:
  explicit ModuleInitScope(ModuleObject* m);
  ~ModuleInitScope();
  ModuleInitScope(const ModuleInitScope&) = delete;
  ModuleInitScope& operator=(const ModuleInitScope&) = delete;

 private:
  Ref<ModuleObject> module_;
};
// Waits while another thread runs the body of `module` (any value from sys.modules); returns
// whether it waited. Never waits for the thread running the body itself (a circular import) or
// when waiting would deadlock.
bool wait_until_initialized(const Value& module);

// --- errors shared by the parts ---
// ModuleNotFoundError `msg` with its name attribute.
[[noreturn]] void raise_module_not_found(std::string_view msg, std::string_view name);

}  // namespace gilt::importing
