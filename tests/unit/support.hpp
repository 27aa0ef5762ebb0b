// What the runtime-level unit tests share: starting the runtime once per process, calling a
// callable with keywords as the VM passes them, and the exception a call raises.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "interpreter/compiler/compile.hpp"
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt::test {

inline void ensure_runtime() {
  if (!runtime) init_runtime(&compiler::compile_source);
  if (!runtime->compile) runtime->compile = &compiler::compile_source;
}

// Calls `callable` with positionals and keywords (names interned, as the VM passes them).
inline Value call_kw(const Value& callable, std::vector<Value> positional,
                     std::vector<std::pair<const char*, Value>> keywords = {}) {
  std::vector<Value> all = positional;
  std::vector<Value> names;
  for (auto& [name, value] : keywords) {
    all.push_back(value);
    names.push_back(Value(intern(name)));
  }
  Ref<TupleObject> kwnames = names.empty() ? Ref<TupleObject>() : new_tuple(names);
  CallArgs args{all.data(), positional.size(), kwnames.get(), names.size()};
  return call(callable, args);
}

// "TypeError: message" for what `fn` raises, or "" when it raises nothing.
template <class F>
std::string error_of(F&& fn) {
  try {
    fn();
  } catch (const PyException& e) {
    return format_exception_only(e.exc);
  }
  return "";
}

// Short value makers for test tables: S("a"), I(1), F(0.5), B(true).
inline Value S(std::string_view s) {
  return make_str(s);
}
inline Value I(int64_t i) {
  return Value::integer(i);
}
inline Value F(double d) {
  return Value::floating(d);
}
inline Value B(bool b) {
  return Value::boolean(b);
}

}  // namespace gilt::test
