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
  Ref<ModuleObject> sys;    // the sys module (import reads sys.path from it, as CPython's sysdict)
  std::vector<std::string> argv;
  int recursion_limit = 1000;
  CompileHook compile = nullptr;
};

extern Runtime* runtime;

// Builds the types, builtins and sys.modules. Call once, on the main thread, before anything.
void init_runtime(CompileHook compile);

// IMPORT_NAME and builtins.__import__ (CPython's PyImport_ImportModuleLevelObject): resolves a
// relative name against `globals` (__package__, else __name__ and __path__), finds the module in
// sys.modules, the built-in modules or on sys.path (runtime/import*.cpp), and returns the
// top-level package for `import a.b` or the module itself when there is a fromlist.
// ModuleNotFoundError "No module named 'x'", ImportError for bad relative imports.
Value import_name(StrObject* name, const Value& fromlist, int level, DictObject* globals);
// `import a.b` for C++ callers (PyImport_ImportModule): the module a.b itself.
Value import_module(std::string_view name);

// modules/registry.cpp: the table of built-in (C++) modules, ended by {nullptr, nullptr}.
extern const BuiltinModule builtin_modules[];

}  // namespace gilt
