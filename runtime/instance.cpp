// Instances of user classes whose layout is object's: an object with a __dict__, and the
// getattr/setattr every such class starts with (CPython's generic attribute access with the
// instance dict).
#include "runtime/instance.hpp"

#include "runtime/attributes.hpp"
#include "runtime/class_internal.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/str.hpp"

namespace gilt {

InstanceObject::InstanceObject(TypeObject* type) : Object(type), dict(new_dict()) {}
InstanceObject::~InstanceObject() = default;

Value new_instance(TypeObject* type) {
  return Value(new InstanceObject(type));
}

DictObject* instance_dict(const Value& self) {
  TypeObject* t = type_of(self);
  if (t->flags & kTypeSlots) return nullptr;
  if (t->flags & kTypeInstanceDict) return self.as<InstanceObject>()->dict.get();
  if (t->flags & kTypeException) {
    auto* exc = self.as<BaseExceptionObject>();
    if (!exc->dict) exc->dict = new_dict();
    return exc->dict.get();
  }
  return nullptr;
}

// Instances of classes with __slots__ only (and no __dict__) take no other attributes: generic
// access sees no dict.
DictObject* visible_dict(const Value& self) {
  if (self.as_obj()->type->flags & kTypeSlots) return nullptr;
  return self.as<InstanceObject>()->dict.get();
}

Value instance_getattr(const Value& self, StrObject* name) {
  return generic_getattr(self, name, visible_dict(self));
}

void instance_setattr(const Value& self, StrObject* name, const Value& value) {
  generic_setattr(self, name, value, visible_dict(self));
}

Value instance_dict_getter(const Value& self) {
  DictObject* d = instance_dict(self);
  if (!d) raise_attribute_error(self, intern("__dict__"));
  return Value(d);
}

void instance_dict_setter(const Value& self, const Value& value) {
  if (value.is_null()) raise_type_error("cannot delete __dict__");
  if (!is_dict(value))
    raise_type_error(cat("__dict__ must be set to a dictionary, not a '", type_name(value), "'"));
  if ((type_of(self)->flags & (kTypeInstanceDict | kTypeSlots)) != kTypeInstanceDict)
    raise_attribute_error(self, intern("__dict__"));
  self.as<InstanceObject>()->dict = Ref<DictObject>::from(value);
}

}  // namespace gilt
