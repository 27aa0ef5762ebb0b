// api.hpp's call(): calling any value from C++. Python functions run in a (nested) eval loop;
// natives and bound methods get their self prepended; everything else goes through its type's
// call slot (types, user objects with __call__).
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/str.hpp"
#include "runtime/vm.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt {

namespace vm {

namespace {

// Calls `fn` with CallArgs that have `first` before `args`: on a small stack array when the
// arguments fit (the common bound-method case), else on the heap.
template <class Fn>
Value call_with_first(const Value& first, const CallArgs& args, Fn&& fn) {
  size_t n = args.nargs + args.nkw;
  constexpr size_t kInline = 8;
  if (n < kInline) {
    Value buffer[kInline];
    buffer[0] = first;
    for (size_t i = 0; i < n; ++i)
      buffer[i + 1] = args.args[i];
    return fn(CallArgs{buffer, args.nargs + 1, args.kwnames, args.nkw});
  }
  std::vector<Value> buffer;
  buffer.reserve(n + 1);
  buffer.push_back(first);
  buffer.insert(buffer.end(), args.args, args.args + n);
  return fn(CallArgs{buffer.data(), args.nargs + 1, args.kwnames, args.nkw});
}

}  // namespace

Value call_native(NativeFunctionObject* f, const CallArgs& args) {
  if (f->self.is_null()) return f->fn(args);
  return call_with_first(f->self, args, [f](const CallArgs& a) { return f->fn(a); });
}

std::string function_str(const Value& f) {
  // CPython's _PyObject_FunctionStr: "module.qualname()" (no module for builtins), or str(f)
  // for an object without __qualname__.
  Value qualname = get_attr_or_null(f, intern("__qualname__"));
  if (qualname.is_null()) return str_utf8(f);
  Value module = get_attr_or_null(f, intern("__module__"));
  if (!module.is_null() && !module.is_none()) {
    std::string m = str_utf8(module);
    if (m != "builtins") return cat(m, ".", str_utf8(qualname), "()");
  }
  return cat(str_utf8(qualname), "()");
}

}  // namespace vm

Value call(const Value& callable, const CallArgs& args) {
  TypeObject* t = type_of(callable);
  if (t == function_type) return call_function(callable.as<FunctionObject>(), args);
  if (t == builtin_function_type) return vm::call_native(callable.as<NativeFunctionObject>(), args);
  if (t == method_type) {
    BoundMethodObject* m = callable.as<BoundMethodObject>();
    return vm::call_with_first(m->self, args, [m](const CallArgs& a) { return call(m->func, a); });
  }
  if (t->call) return t->call(callable, args);
  raise_type_error(cat("'", t->name, "' object is not callable"));
}

Value call(const Value& callable, std::initializer_list<Value> positional) {
  return call(callable, CallArgs{positional.begin(), positional.size(), nullptr, 0});
}

bool is_callable(const Value& v) {
  TypeObject* t = type_of(v);
  return t == function_type || t == builtin_function_type || t == method_type || t->call != nullptr;
}

}  // namespace gilt
