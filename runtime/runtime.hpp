// Runtime: the process-wide interpreter state (one interpreter per process).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/code.hpp"
#include "runtime/dict.hpp"
#include "runtime/module.hpp"

namespace gilt {

enum class CompileMode { Exec, Eval, Single };

// runtime/ knows nothing of interpreter/: compile(), exec() and eval() reach the compiler
// through this hook, which interpreter/ installs at start-up. Throws PyException (SyntaxError).
using CompileHook = Ref<CodeObject> (*)(std::string_view source, std::string_view filename,
                                        CompileMode mode);

using ModuleInit = Ref<ModuleObject> (*)();
struct BuiltinModule {
  const char* name;
  ModuleInit init;
};

struct Runtime {
  Ref<DictObject> builtins;  // the builtins module's dict
  Ref<ModuleObject> builtins_module;
  Ref<DictObject> modules;  // sys.modules
  std::vector<std::string> argv;
  int recursion_limit = 1000;
  CompileHook compile = nullptr;
};

extern Runtime* runtime;

// Builds the types, builtins and sys.modules. Call once, on the main thread, before anything.
void init_runtime(CompileHook compile);

// IMPORT_NAME: finds (sys.modules, then built-in modules, then — a later issue — source files)
// and returns the module; ModuleNotFoundError "No module named 'x'".
Value import_name(StrObject* name, const Value& fromlist, int level, DictObject* globals);

// modules/registry.cpp: the table of built-in (C++) modules, ended by {nullptr, nullptr}.
extern const BuiltinModule builtin_modules[];

}  // namespace gilt
