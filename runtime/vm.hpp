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

// Runs a class body (the function the class statement made) with `ns` as its namespace, as
// __build_class__ does; returns what the body returns (its __class__ cell, or None).
Value run_class_body(FunctionObject* body, DictObject* ns);

// What builtins read from the innermost running Python frame of this thread:
// globals() and exec/eval's default globals (null when no Python code is running);
DictObject* current_globals();
// locals(): the namespace dict of module/class/exec code, else a new dict of the function's
// bound locals and cell contents (Null when no Python code is running);
Value current_locals();
// zero-argument super(): the enclosing class (the __class__ cell) and the first argument.
// RuntimeError "super(): no arguments", "super(): __class__ cell not found", ...
void super_arguments(Value& type, Value& obj);

}  // namespace gilt
