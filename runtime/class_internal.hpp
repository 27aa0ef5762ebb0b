// Private to the class machinery (typeobject, class_*.cpp, instance.cpp, descriptors.cpp,
// super.cpp, object_type.cpp, attributes.cpp): what these files share to build user classes
// and run their special methods.
#pragma once

#include "runtime/args.hpp"
#include "runtime/type.hpp"

namespace gilt {

struct DictObject;

// type.__new__(meta, name, bases, dict, **kw): a new heap type (class_create.cpp).
Value create_heap_type(TypeObject* meta, const CallArgs& args);
// builtins.__build_class__ (class_create.cpp).
Value build_class(const CallArgs& args);
// Puts __build_class__, super, property, staticmethod and classmethod into `builtins` unless
// they are there already.
void install_class_builtins(DictObject* builtins);

// Recomputes the C++ slots of a heap type from the dunders along its MRO (each slot either
// calls the Python method, as CPython's slot_tp_*, or is inherited from the base), then does
// the same for its subclasses (class_slots.cpp).
void refresh_slots(TypeObject* type);
// True for "__x__" names, which may change a slot when set on a class.
bool is_dunder(std::string_view name);

// Calls type(self).<name>(self, args...) as the protocol does (no instance lookup, descriptors
// bound); Null when the type has no such attribute.
Value call_special(const Value& self, StrObject* name, std::initializer_list<Value> args);

// Instances of classes whose layout is object's (kTypeInstanceDict): InstanceObject.
Value new_instance(TypeObject* type);
// The __dict__ of an instance of a heap type (InstanceObject or exception), created on demand;
// null for layouts without one (subclasses of list, dict...).
DictObject* instance_dict(const Value& self);
Value instance_getattr(const Value& self, StrObject* name);
void instance_setattr(const Value& self, StrObject* name, const Value& value);
// The __dict__ getset heap types with instance dicts carry.
Value instance_dict_getter(const Value& self);
void instance_dict_setter(const Value& self, const Value& value);

// object's slots, which the class machinery compares against (object_type.cpp).
Value object_new(TypeObject* type, const CallArgs& args);
void object_init(const Value& self, const CallArgs& args);

// Descriptor types (descriptors.cpp) and super (super.cpp).
extern TypeObject* property_type;
extern TypeObject* staticmethod_type;
extern TypeObject* classmethod_type;
extern TypeObject* super_type;
void init_descriptor_objects();
void init_super_type();
// staticmethod(f) / classmethod(f) objects around `func`.
Value make_staticmethod(const Value& func);
Value make_classmethod(const Value& func);
bool is_staticmethod(const Value& v);
// A __slots__ entry: a data descriptor storing `name` in instances of `owner`.
Value make_member_descriptor(StrObject* name, TypeObject* owner);
// The function a staticmethod wraps.
Value staticmethod_func(const Value& v);

// The attribute `attr` found on a type's MRO, as reached through `obj` (Null: through the class
// `owner` itself): its type's __get__ if any, else `attr` itself.
Value descr_get(const Value& attr, const Value& obj, TypeObject* owner);
inline bool is_data_descriptor(const Value& attr) {
  return attr.is_obj() && attr.as_obj()->type->descr_set != nullptr;
}

}  // namespace gilt
