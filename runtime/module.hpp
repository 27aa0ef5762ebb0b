// module objects and the table of built-in (C++) modules.
#pragma once

#include <string_view>

#include "runtime/dict.hpp"

namespace gilt {

struct ModuleObject : Object {
  Ref<DictObject> dict;  // holds __name__, __doc__, and (for source modules) __file__
  explicit ModuleObject(std::string_view name);
  ~ModuleObject() override;
};

inline bool is_module(const Value& v) { return v.is_obj() && v.as_obj()->type == module_type; }

}  // namespace gilt
