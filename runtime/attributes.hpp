// Attribute machinery every type shares: getset descriptors for built-in attributes (int.real,
// type.__name__), CPython's generic getattr/setattr (PyObject_GenericGetAttr), and binding of
// what a lookup finds on a type (a method becomes a bound method, a getset runs its getter).
#pragma once

#include "runtime/type.hpp"

namespace gilt {

struct DictObject;

using Getter = Value (*)(const Value& self);
using Setter = void (*)(const Value& self, const Value& value);  // Null value = del

// A computed attribute defined in C++ ("getset_descriptor"): a data descriptor, so it wins over
// an instance dict. Without a setter, assignment raises "attribute 'real' of 'int' objects is
// not writable".
struct GetSetObject : Object {
  const char* name;
  Getter get;
  Setter set;
  TypeObject* owner;
  const char* doc;
  GetSetObject(const char* name, Getter get, Setter set, TypeObject* owner, const char* doc);
  ~GetSetObject() override;
};

extern TypeObject* getset_descriptor_type;
inline bool is_getset(const Value& v) {
  return v.is_obj() && v.as_obj()->type == getset_descriptor_type;
}

void add_getset(TypeObject* type, const char* name, Getter get, Setter set = nullptr,
                const char* doc = nullptr);

// What `attr` (found on type(self)'s MRO) means when reached through `self`: a method in a type
// dict binds to self, a Python function becomes a bound method, a getset runs its getter;
// anything else is returned as is.
Value bind_attribute(const Value& attr, const Value& self);

// The default getattr/setattr: data descriptors on the type, then `instance_dict` (null for
// objects without one, as every built-in value), then the type's attributes, bound. Types
// whose instances carry a dict (functions, exceptions, modules, user objects) pass it in.
// generic_getattr returns Null when absent; generic_setattr raises CPython's AttributeErrors.
Value generic_getattr(const Value& self, StrObject* name, DictObject* instance_dict = nullptr);
void generic_setattr(const Value& self, StrObject* name, const Value& value,
                     DictObject* instance_dict = nullptr);

}  // namespace gilt
