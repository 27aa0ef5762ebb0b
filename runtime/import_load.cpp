// Loading a found module, as CPython's _load_unlocked: the module goes into sys.modules before
// its body runs (so a circular import finds it, partially initialised), a body that fails
// takes it out again, and the importer gets whatever sys.modules holds afterwards (a module
// may replace itself there).
#include <vector>

#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/import.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/vm.hpp"

namespace gilt::importing {

namespace {

// Runs `body` with `module` registered as sys.modules[name]; on failure takes the entry out.
// Returns the entry as the body left it, moved to the end of sys.modules as CPython does.
template <class Body>
Value run_registered(std::string_view name, const Ref<ModuleObject>& module, Body&& body) {
  Value key = make_str(name);
  runtime->modules->set(key, Value(module));
  {
    ModuleInitScope initializing(module.get());
    try {
      body();
    } catch (...) {
      runtime->modules->remove(key);
      throw;
    }
  }
  Value result = runtime->modules->pop(key);
  if (result.is_null()) raise_key_error(key);  // the body deleted its own entry
  runtime->modules->set(key, result);
  return result;
}

// Built-in modules are made once per process: importing one again after `del sys.modules[x]`
// gives the same module back (CPython keeps single-phase modules the same way).
std::vector<Ref<ModuleObject>>& builtin_instances() {
  static std::vector<Ref<ModuleObject>> instances;
  return instances;
}

}  // namespace

Value load_builtin(const BuiltinModule& builtin) {
  auto& instances = builtin_instances();
  size_t index = static_cast<size_t>(&builtin - builtin_modules);
  if (instances.size() <= index) instances.resize(index + 1);
  if (!instances[index]) instances[index] = builtin.init();
  Ref<ModuleObject> module = instances[index];
  return run_registered(builtin.name, module, [] {});
}

Value load_source(std::string_view name, const FoundModule& found) {
  Ref<ModuleObject> module = make<ModuleObject>(name);
  DictObject* d = module->dict.get();
  d->set("__file__", make_str(found.file));
  d->set("__cached__", Value::none());
  d->set("__builtins__", Value(runtime->builtins));
  if (found.package_dir.empty()) {
    size_t dot = name.rfind('.');
    d->set("__package__", make_str(dot == std::string_view::npos ? "" : name.substr(0, dot)));
  } else {
    d->set("__package__", make_str(name));
    d->set("__path__", Value(new_list({make_str(found.package_dir)})));
  }
  register_source(found.file, found.text);
  return run_registered(name, module, [&] {
    Ref<CodeObject> code = runtime->compile(found.text, found.file, CompileMode::Exec);
    run_code(code.get(), d);
  });
}

}  // namespace gilt::importing
