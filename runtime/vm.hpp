// The bytecode interpreter: runs code objects and calls Python functions. Python-to-Python
// calls do not recurse on the C++ stack; a native that calls back into Python (sorted's key,
// a __repr__ during print) enters a nested run loop, counted against the recursion limit.
#pragma once

#include "runtime/args.hpp"
#include "runtime/code.hpp"
#include "runtime/dict.hpp"

namespace gilt {

struct FunctionObject;

// Runs module- or class-level code. `locals` defaults to `globals`. Returns the code's return
// value (None for modules); an uncaught exception is thrown as PyException with its traceback.
Value run_code(CodeObject* code, DictObject* globals, DictObject* locals = nullptr);

// Calls a Python function with CallArgs (binding parameters with CPython's messages:
// "f() missing 1 required positional argument: 'b'", "f() takes 2 positional arguments but 3
// were given", "f() got an unexpected keyword argument 'z'", "f() got multiple values for
// argument 'a'", "f() missing 1 required keyword-only argument: 'k'").
Value call_function(FunctionObject* f, const CallArgs& args);

}  // namespace gilt
