// InstanceObject: what calling a user class makes when the class derives (only) from object:
// the header and a __dict__ for its attributes.
#pragma once

#include "runtime/object.hpp"

namespace gilt {

struct DictObject;

struct InstanceObject : Object {
  Ref<DictObject> dict;   // never null
  Ref<DictObject> slots;  // __slots__ values (apart from __dict__), created on first store
  explicit InstanceObject(TypeObject* type);
  ~InstanceObject() override;
};

}  // namespace gilt
