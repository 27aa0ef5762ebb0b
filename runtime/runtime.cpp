// The process-wide interpreter state, built at start-up in the order init.hpp sets. The import
// system lives in runtime/import*.cpp.
#include "runtime/runtime.hpp"

#include "runtime/errors.hpp"
#include "runtime/gil.hpp"
#include "runtime/init.hpp"
#include "runtime/thread_state.hpp"

namespace gilt {

Runtime* runtime = nullptr;

void init_runtime(CompileHook compile) {
  runtime = new Runtime();
  runtime->compile = compile;
  // The main thread holds the GIL from the start; other threads take turns with it.
  the_gil().take(init_main_thread());
  create_builtin_types();
  init_core_types();
  init_container_types();
  init_function_types();
  init_exception_types();
  runtime->modules = new_dict();
  init_builtins_module();
  runtime->modules->set("builtins", Value(runtime->builtins_module));
  Value sys = import_module("sys");
  if (!is_module(sys)) raise(exc_SystemError, "the sys module is missing");
  runtime->sys = Ref<ModuleObject>::from(sys);
}

}  // namespace gilt
