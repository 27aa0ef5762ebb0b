// Raising Python exceptions from C++.
//
// Native code (builtins, slots, methods) raises by throwing PyException, which carries the
// exception instance. The VM catches it at the call boundary and unwinds Python frames through
// the code object's handler blocks; Python-level `raise` never goes through C++ throw. The
// exception's traceback is attached by the VM as it unwinds.
#pragma once

#include <sstream>
#include <string>
#include <string_view>

#include "runtime/type.hpp"

namespace gilt {

struct PyException {
  Value exc;  // a BaseException instance (never a class, never Null)
};

// Builds an instance of a built-in exception type with args = (msg,), or () when msg is empty
// (so str() is "" and the traceback prints the bare type name).
Value new_exception(TypeObject* type, std::string_view msg);
Value new_exception_args(TypeObject* type, Value args_tuple);

[[noreturn]] void raise(TypeObject* type, std::string_view msg);
[[noreturn]] void raise_exception(const Value& exc);  // an instance, or a class to instantiate
[[noreturn]] void raise_type_error(std::string_view msg);
[[noreturn]] void raise_value_error(std::string_view msg);
[[noreturn]] void raise_index_error(std::string_view msg);
[[noreturn]] void raise_overflow_error(std::string_view msg);
[[noreturn]] void raise_zero_division(std::string_view msg);
[[noreturn]] void raise_key_error(const Value& key);  // KeyError(key): str() shows repr(key)
[[noreturn]] void raise_stop_iteration(const Value& value = Value());
[[noreturn]] void raise_memory_error();
// "'int' object has no attribute 'foo'", "module 'm' has no attribute 'foo'" for modules,
// "type object 'X' has no attribute 'foo'" for types (chosen from `obj`); sets the error's
// name and obj attributes, which the traceback printer's "Did you mean" uses.
[[noreturn]] void raise_attribute_error(const Value& obj, StrObject* name);
// NameError "name 'x' is not defined" with its `name` attribute set (for "Did you mean" hints).
[[noreturn]] void raise_name_error(StrObject* name);

// The name CPython prints for the value's type in messages: "int", "NoneType", "function".
const std::string& type_name(const Value& v);

// An object's address as reprs show it ("0x7f3a8c0d2e10", glibc's %p): "<lock object at ...>".
std::string address_text(const void* p);
inline std::string address_text(const Value& v) {
  return address_text(v.is_obj() ? static_cast<const void*>(v.as_obj()) : nullptr);
}

// Message building without <format> (g++ 12 lacks it): cat("expected ", n, " got ", m).
template <class... Args>
std::string cat(const Args&... args) {
  std::ostringstream os;
  (os << ... << args);
  return os.str();
}

}  // namespace gilt
