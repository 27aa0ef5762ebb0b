// Callables: Python functions, native (C++) functions and methods, bound methods, and cells.
#pragma once

#include "runtime/args.hpp"
#include "runtime/code.hpp"

namespace gilt {

struct DictObject;
struct TupleObject;
struct StrObject;

struct CellObject : Object {
  Value value;  // Null while unbound
  CellObject();
  ~CellObject() override;
};

struct FunctionObject : Object {
  Ref<CodeObject> code;
  Ref<DictObject> globals;
  Ref<TupleObject> defaults;   // null when none
  Ref<DictObject> kwdefaults;  // null when none
  Ref<TupleObject> closure;    // cells for code->freevars, null when none
  Ref<StrObject> name, qualname;
  Value module;          // __module__: the globals' __name__
  Value doc;             // __doc__ (None unless the body starts with a string)
  Ref<DictObject> dict;  // function attributes, created on first set
  Value annotations;     // __annotations__: a dict, or Null until MAKE_FUNCTION/first access

  FunctionObject(Ref<CodeObject> code, Ref<DictObject> globals);
  ~FunctionObject() override;
};

// A native function: module-level (`len`) or a method in a built-in type's dict (`list.append`).
// When `self` is set (a bound builtin method such as `[].append`), it is passed as args[0].
// A method stored in a type dict receives its instance as args[0] too: binding it on attribute
// access produces a copy with `self` set, and LOAD_METHOD skips the copy.
using NativeFn = Value (*)(const CallArgs& args);

struct NativeFunctionObject : Object {
  const char* name;  // "append", "len"
  NativeFn fn;
  Value self;              // bound instance, Null if unbound
  bool is_method = false;  // lives in a type dict and binds on attribute access
  TypeObject* owner =
      nullptr;  // for methods: the type, for reprs "<method 'append' of 'list' objects>"
  const char* doc = nullptr;
  Value module;  // __module__: the module's name for add_function's functions, else None (Null)

  NativeFunctionObject(const char* name, NativeFn fn, const char* doc = nullptr);
  ~NativeFunctionObject() override;
};

// A Python function (or any callable) bound to an instance: `obj.method`.
struct BoundMethodObject : Object {
  Value func;
  Value self;
  BoundMethodObject(Value func, Value self);
  ~BoundMethodObject() override;
};

// Adds a native method to a built-in type's dict (used while building the types at start-up).
void add_method(TypeObject* type, const char* name, NativeFn fn, const char* doc = nullptr);
// Adds a native function to a module or builtins dict.
void add_function(DictObject* dict, const char* name, NativeFn fn, const char* doc = nullptr);

}  // namespace gilt
