// Attribute access for every value: getset descriptors, binding, CPython's generic
// getattr/setattr, and the api.hpp entry points (get_attr, set_attr, del_attr, get_method).
#include "runtime/attributes.hpp"

#include "runtime/api.hpp"
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

}  // namespace

void init_descriptor_types() {
  if (getset_descriptor_type) return;
  getset_descriptor_type = new TypeObject("getset_descriptor", object_type);
  getset_descriptor_type->refcnt = 1;  // immortal, as the built-in types are
  getset_descriptor_type->repr = getset_repr;
}

void add_getset(TypeObject* type, const char* name, Getter get, Setter set, const char* doc) {
  init_descriptor_types();
  type->dict->set(Value(intern(name)), Value(new GetSetObject(name, get, set, type, doc)));
  type->modified();
}

Value bind_attribute(const Value& attr, const Value& self) {
  if (!attr.is_obj()) return attr;
  TypeObject* t = attr.as_obj()->type;
  if (t == builtin_function_type) {
    auto* f = attr.as<NativeFunctionObject>();
    if (!f->is_method) return attr;
    auto* bound = new NativeFunctionObject(f->name, f->fn, f->doc);
    bound->self = self;
    bound->owner = f->owner;
    return Value(bound);
  }
  if (t == function_type) return Value(new BoundMethodObject(attr, self));
  if (t == getset_descriptor_type) return attr.as<GetSetObject>()->get(self);
  // TODO(descriptors): property, classmethod, staticmethod and user __get__ come with classes.
  return attr;
}

Value generic_getattr(const Value& self, StrObject* name, DictObject* instance_dict) {
  Value attr = type_of(self)->lookup(name);
  if (is_getset(attr)) return attr.as<GetSetObject>()->get(self);  // data descriptors win
  if (instance_dict) {
    Value v = instance_dict->get_str(name);
    if (!v.is_null()) return v;
  }
  if (attr.is_null()) return attr;
  return bind_attribute(attr, self);
}

void generic_setattr(const Value& self, StrObject* name, const Value& value,
                     DictObject* instance_dict) {
  TypeObject* t = type_of(self);
  Value attr = t->lookup(name);
  if (is_getset(attr)) {
    auto* gs = attr.as<GetSetObject>();
    if (!gs->set)
      raise(exc_AttributeError, cat("attribute '", name->view(), "' of '", gs->owner->name,
                                    "' objects is not writable"));
    gs->set(self, value);
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

Value get_method(const Value& obj, StrObject* name, bool& is_method) {
  TypeObject* t = type_of(obj);
  // Only the generic getattr (no instance dict) lets us skip binding; types with their own
  // getattr may have instance attributes that shadow the method.
  // TODO(classes): user instances keep a dict; give LOAD_METHOD a way to check it too.
  if (!t->getattr) {
    Value attr = t->lookup(name);
    if (attr.is_obj()) {
      TypeObject* at = attr.as_obj()->type;
      if ((at == builtin_function_type && attr.as<NativeFunctionObject>()->is_method) ||
          at == function_type) {
        is_method = true;
        return attr;
      }
    }
    is_method = false;
    if (attr.is_null()) raise_attribute_error(obj, name);
    return bind_attribute(attr, obj);
  }
  is_method = false;
  return get_attr(obj, name);
}

}  // namespace gilt
