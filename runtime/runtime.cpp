// The process-wide interpreter state: start-up in the order init.hpp sets, and IMPORT_NAME for
// the modules gilt has (sys.modules first, then the built-in C++ modules).
#include "runtime/runtime.hpp"

#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/init.hpp"
#include "runtime/str.hpp"
#include "runtime/thread_state.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

Runtime* runtime = nullptr;

namespace {

// "No module named 'a'", or for a.b when a is a plain module (every built-in one is):
// "No module named 'a.b'; 'a' is not a package".
[[noreturn]] void raise_module_not_found(std::string_view name, std::string_view parent) {
  std::string msg = cat("No module named '", name, "'");
  if (!parent.empty()) msg += cat("; '", parent, "' is not a package");
  Value exc = new_exception(exc_ModuleNotFoundError, msg);
  set_exception_attribute(exc, "name", make_str(name));
  throw PyException{std::move(exc)};
}

// A module by its full name: sys.modules, else a built-in module (initialised once and
// registered in sys.modules before its first use).
Value find_module(std::string_view name) {
  Value cached = runtime->modules->get(name);
  if (!cached.is_null()) return cached;
  for (const BuiltinModule* m = builtin_modules; m->name; ++m) {
    if (name == m->name) {
      Value module(m->init());
      runtime->modules->set(name, module);
      return module;
    }
  }
  return Value();
}

}  // namespace

void init_runtime(CompileHook compile) {
  runtime = new Runtime();
  runtime->compile = compile;
  init_main_thread();
  create_builtin_types();
  init_core_types();
  init_container_types();
  init_function_types();
  init_exception_types();
  runtime->modules = new_dict();
  init_builtins_module();
  runtime->modules->set("builtins", Value(runtime->builtins_module));
  if (find_module("sys").is_null()) raise(exc_SystemError, "the sys module is missing");
}

Value import_name(StrObject* name, const Value& fromlist, int level, DictObject* /*globals*/) {
  if (level > 0) raise(exc_ImportError, "attempted relative import with no known parent package");
  std::string_view full = name->view();
  if (full.empty()) raise_value_error("Empty module name");
  // `import a.b` binds `a`; `from a.b import c` wants `a.b` itself.
  size_t start = 0;
  Value top, module;
  for (;;) {
    size_t dot = full.find('.', start);
    std::string_view prefix = full.substr(0, dot);
    module = find_module(prefix);
    if (module.is_null()) raise_module_not_found(prefix, start ? full.substr(0, start - 1) : "");
    if (top.is_null()) top = module;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  bool has_fromlist = !fromlist.is_null() && !fromlist.is_none() &&
                      !(is_tuple(fromlist) && fromlist.as<TupleObject>()->size() == 0);
  return has_fromlist ? module : top;
}

}  // namespace gilt
