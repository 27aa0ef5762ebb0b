// Attribute access for every value: getset descriptors, binding, CPython's generic
// getattr/setattr, and the api.hpp entry points (get_attr, set_attr, del_attr, get_method).
#include "runtime/attributes.hpp"

#include "runtime/api.hpp"
#include "runtime/class_internal.hpp"
#include "runtime/core_types.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/str.hpp"

namespace gilt {

TypeObject* getset_descriptor_type = nullptr;

GetSetObject::GetSetObject(const char* n, Getter g, Setter s, TypeObject* o, const char* d)
    : Object(getset_descriptor_type), name(n), get(g), set(s), owner(o), doc(d) {}
GetSetObject::~GetSetObject() = default;

namespace {

Value getset_repr(const Value& self) {
  auto* gs = self.as<GetSetObject>();
  return make_str(cat("<attribute '", gs->name, "' of '", gs->owner->name, "' objects>"));
}

// Through the class the getset is itself (int.real); through an instance it runs the getter.
Value getset_get(const Value& descr, const Value& obj, TypeObject*) {
  if (obj.is_null()) return descr;
  return descr.as<GetSetObject>()->get(obj);
}

void getset_set(const Value& descr, const Value& obj, const Value& value) {
  auto* gs = descr.as<GetSetObject>();
  if (!gs->set)
    raise(exc_AttributeError,
          cat("attribute '", gs->name, "' of '", gs->owner->name, "' objects is not writable"));
  gs->set(obj, value);
}

// A Python function reached through an instance becomes a bound method.
Value function_get(const Value& descr, const Value& obj, TypeObject*) {
  if (obj.is_null()) return descr;
  return Value(new BoundMethodObject(descr, obj));
}

// A native method in a type dict binds to the instance ([].append); plain natives do not.
Value native_get(const Value& descr, const Value& obj, TypeObject*) {
  auto* f = descr.as<NativeFunctionObject>();
  if (obj.is_null() || !f->is_method || !f->self.is_null()) return descr;
  auto* bound = new NativeFunctionObject(f->name, f->fn, f->doc);
  bound->self = obj;
  bound->owner = f->owner;
  return Value(bound);
}

}  // namespace

void init_descriptor_types() {
  if (getset_descriptor_type) return;
  getset_descriptor_type = new TypeObject("getset_descriptor", object_type);
  getset_descriptor_type->refcnt = 1;  // immortal, as the built-in types are
  getset_descriptor_type->repr = getset_repr;
  getset_descriptor_type->descr_get = getset_get;
  getset_descriptor_type->descr_set = getset_set;
  function_type->descr_get = function_get;
  builtin_function_type->descr_get = native_get;
}

void add_getset(TypeObject* type, const char* name, Getter get, Setter set, const char* doc) {
  init_descriptor_types();
  type->dict->set(Value(intern(name)), Value(new GetSetObject(name, get, set, type, doc)));
  type->modified();
}

Value descr_get(const Value& attr, const Value& obj, TypeObject* owner) {
  if (!attr.is_obj()) return attr;
  DescrGetSlot get = attr.as_obj()->type->descr_get;
  return get ? get(attr, obj, owner) : attr;
}

Value bind_attribute(const Value& attr, const Value& self) {
  return descr_get(attr, self, type_of(self));
}

// CPython's PyObject_GenericGetAttr: data descriptors on the type, then the instance dict,
// then the type's other attributes (non-data descriptors bound).
Value generic_getattr(const Value& self, StrObject* name, DictObject* instance_dict) {
  TypeObject* t = type_of(self);
  Value attr = t->lookup(name);
  DescrGetSlot get = attr.is_obj() ? attr.as_obj()->type->descr_get : nullptr;
  if (get && is_data_descriptor(attr)) return get(attr, self, t);
  if (instance_dict) {
    Value v = instance_dict->get_str(name);
    if (!v.is_null()) return v;
  }
  if (get) return get(attr, self, t);
  return attr;
}

void generic_setattr(const Value& self, StrObject* name, const Value& value,
                     DictObject* instance_dict) {
  TypeObject* t = type_of(self);
  Value attr = t->lookup(name);
  if (is_data_descriptor(attr)) {
    attr.as_obj()->type->descr_set(attr, self, value);
    return;
  }
  if (instance_dict) {
    if (!value.is_null()) {
      instance_dict->set(Value(name), value);
    } else if (!instance_dict->remove(Value(name))) {
      raise_attribute_error(self, name);
    }
    return;
  }
  if (!attr.is_null())
    raise(exc_AttributeError,
          cat("'", t->name, "' object attribute '", name->view(), "' is read-only"));
  raise_attribute_error(self, name);
}

// --- api.hpp ---

Value get_attr(const Value& obj, StrObject* name) {
  TypeObject* t = type_of(obj);
  Value r = t->getattr ? t->getattr(obj, name) : generic_getattr(obj, name);
  if (r.is_null()) raise_attribute_error(obj, name);
  return r;
}

Value get_attr_or_null(const Value& obj, StrObject* name) {
  TypeObject* t = type_of(obj);
  try {
    return t->getattr ? t->getattr(obj, name) : generic_getattr(obj, name);
  } catch (const PyException& e) {
    // A getter or __getattr__ may raise AttributeError itself: that also means "absent".
    if (is_instance(e.exc, exc_AttributeError)) return Value();
    throw;
  }
}

void set_attr(const Value& obj, StrObject* name, const Value& value) {
  TypeObject* t = type_of(obj);
  if (t->setattr) {
    t->setattr(obj, name, value);
  } else {
    generic_setattr(obj, name, value);
  }
}

void del_attr(const Value& obj, StrObject* name) {
  set_attr(obj, name, Value());
}

namespace {

// A plain function or a native method: LOAD_METHOD may call it with the instance prepended
// instead of binding it.
bool is_plain_method(const Value& attr) {
  if (!attr.is_obj()) return false;
  TypeObject* at = attr.as_obj()->type;
  return at == function_type ||
         (at == builtin_function_type && attr.as<NativeFunctionObject>()->is_method &&
          attr.as<NativeFunctionObject>()->self.is_null());
}

}  // namespace

Value get_method(const Value& obj, StrObject* name, bool& is_method) {
  TypeObject* t = type_of(obj);
  is_method = false;
  // Only the generic getattrs let us skip binding: types with their own getattr may answer
  // differently. A user instance's dict may shadow the method (functions are non-data
  // descriptors), so it is checked too.
  if (!t->getattr || t->getattr == instance_getattr) {
    Value attr = t->lookup(name);
    if (is_plain_method(attr)) {
      DictObject* d = t->getattr ? instance_dict(obj) : nullptr;
      if (!d || d->size() == 0 || d->get_str(name).is_null()) {
        is_method = true;
        return attr;
      }
    }
  }
  return get_attr(obj, name);
}

}  // namespace gilt
