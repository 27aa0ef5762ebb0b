// module objects and the table of built-in (C++) modules.
#pragma once

#include <string>
#include <string_view>

#include "runtime/dict.hpp"

namespace gilt {

struct ModuleObject : Object {
  Ref<DictObject> dict;  // holds __name__, __doc__, and (for source modules) __file__
  // True while the import system runs the module's body (CPython's __spec__._initializing):
  // a missing name then reads "partially initialized module ... (most likely due to a
  // circular import)".
  bool initializing = false;
  explicit ModuleObject(std::string_view name);
  ~ModuleObject() override;
};

// Fills the module type's slots (init_exception_types calls it, as init.hpp's plan says).
void init_module_type();
// The module's __name__ ("?" when it has none), for messages and reprs.
std::string module_name(const ModuleObject* m);

inline bool is_module(const Value& v) {
  return v.is_obj() && v.as_obj()->type == module_type;
}

}  // namespace gilt
