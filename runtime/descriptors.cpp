// The descriptor types a class body uses: property (getter, setter, deleter, with CPython's
// "property 'x' of 'A' object has no setter"), staticmethod and classmethod.
#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/class_internal.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/instance.hpp"
#include "runtime/str.hpp"

namespace gilt {

TypeObject* property_type = nullptr;
TypeObject* staticmethod_type = nullptr;
TypeObject* classmethod_type = nullptr;
TypeObject* member_descriptor_type = nullptr;

namespace {

struct PropertyObject : Object {
  Value fget, fset, fdel;  // None when absent
  Value doc;               // None when absent
  Value name;              // the attribute name (__set_name__), Null when unknown
  bool doc_from_getter = false;
  explicit PropertyObject(TypeObject* t)
      : Object(t),
        fget(Value::none()),
        fset(Value::none()),
        fdel(Value::none()),
        doc(Value::none()) {}
  ~PropertyObject() override;
};
PropertyObject::~PropertyObject() = default;

// staticmethod and classmethod: a callable wrapped for how attribute access binds it.
struct FunctionWrapperObject : Object {
  Value func;
  FunctionWrapperObject(TypeObject* t, Value f) : Object(t), func(std::move(f)) {}
  ~FunctionWrapperObject() override;
};
FunctionWrapperObject::~FunctionWrapperObject() = default;

PropertyObject* as_property(const Value& v) {
  return v.as<PropertyObject>();
}

// "property 'x' of 'A' object has no setter", or without the name when it is unknown.
[[noreturn]] void raise_missing_accessor(PropertyObject* p, const Value& obj, const char* what) {
  std::string prefix = is_str(p->name) ? cat("property ", repr_utf8(p->name), " of '")
                                       : std::string("property of '");
  raise(exc_AttributeError, cat(prefix, type_name(obj), "' object has no ", what));
}

Value property_new(TypeObject* type, const CallArgs&) {
  return Value(new PropertyObject(type));
}

void property_init(const Value& self, const CallArgs& a) {
  Value out[4];
  bind_args(a, "property", {"fget", "fset", "fdel", "doc"}, 0, 0, out);
  PropertyObject* p = as_property(self);
  p->fget = out[0].is_null() ? Value::none() : out[0];
  p->fset = out[1].is_null() ? Value::none() : out[1];
  p->fdel = out[2].is_null() ? Value::none() : out[2];
  p->doc = out[3].is_null() ? Value::none() : out[3];
  p->doc_from_getter = false;
  if (p->doc.is_none() && !p->fget.is_none()) {
    Value doc = get_attr_or_null(p->fget, intern("__doc__"));
    if (!doc.is_null() && !doc.is_none()) {
      p->doc = doc;
      p->doc_from_getter = true;
    }
  }
}

Value property_get(const Value& descr, const Value& obj, TypeObject*) {
  if (obj.is_null()) return descr;
  PropertyObject* p = as_property(descr);
  if (p->fget.is_none()) raise_missing_accessor(p, obj, "getter");
  return call(p->fget, {obj});
}

void property_set(const Value& descr, const Value& obj, const Value& value) {
  PropertyObject* p = as_property(descr);
  if (value.is_null()) {
    if (p->fdel.is_none()) raise_missing_accessor(p, obj, "deleter");
    call(p->fdel, {obj});
  } else {
    if (p->fset.is_none()) raise_missing_accessor(p, obj, "setter");
    call(p->fset, {obj, value});
  }
}

// getter/setter/deleter: a copy with one accessor replaced (CPython's property_copy).
Value property_copy(const CallArgs& a, const char* method, int which) {
  if (a.nargs == 0 || !is_instance(a[0], property_type))
    raise_type_error(cat("descriptor '", method, "' of 'property' object needs an argument"));
  exact_args(a.shifted(), method, 1);
  PropertyObject* old = as_property(a[0]);
  auto* p = new PropertyObject(old->type);
  Value result(p);
  p->fget = which == 0 ? a[1] : old->fget;
  p->fset = which == 1 ? a[1] : old->fset;
  p->fdel = which == 2 ? a[1] : old->fdel;
  p->name = old->name;
  p->doc = old->doc;
  p->doc_from_getter = old->doc_from_getter;
  if (which == 0 && (old->doc_from_getter || old->doc.is_none()) && !a[1].is_none()) {
    Value doc = get_attr_or_null(a[1], intern("__doc__"));
    if (!doc.is_null() && !doc.is_none()) {
      p->doc = doc;
      p->doc_from_getter = true;
    }
  }
  return result;
}

Value property_getter(const CallArgs& a) {
  return property_copy(a, "getter", 0);
}
Value property_setter(const CallArgs& a) {
  return property_copy(a, "setter", 1);
}
Value property_deleter(const CallArgs& a) {
  return property_copy(a, "deleter", 2);
}

Value property_set_name(const CallArgs& a) {
  exact_args(a.shifted(), "__set_name__", 2);
  as_property(a[0])->name = a[2];
  return Value::none();
}

Value property_dunder_get(const CallArgs& a) {
  count_args(a.shifted(), "__get__", 1, 2);
  TypeObject* owner = a.nargs > 2 && is_instance(a[2], type_type) ? a[2].as<TypeObject>() : nullptr;
  return property_get(a[0], a[1].is_none() ? Value() : a[1], owner);
}

Value property_dunder_set(const CallArgs& a) {
  exact_args(a.shifted(), "__set__", 2);
  property_set(a[0], a[1], a[2]);
  return Value::none();
}

Value property_dunder_delete(const CallArgs& a) {
  exact_args(a.shifted(), "__delete__", 1);
  property_set(a[0], a[1], Value());
  return Value::none();
}

Value get_fget(const Value& self) {
  return as_property(self)->fget;
}
Value get_fset(const Value& self) {
  return as_property(self)->fset;
}
Value get_fdel(const Value& self) {
  return as_property(self)->fdel;
}
Value get_property_doc(const Value& self) {
  return as_property(self)->doc;
}
void set_property_doc(const Value& self, const Value& v) {
  as_property(self)->doc = v.is_null() ? Value::none() : v;
}

// --- staticmethod and classmethod ---

FunctionWrapperObject* as_wrapper(const Value& v) {
  return v.as<FunctionWrapperObject>();
}

Value wrapper_new(TypeObject* type, const CallArgs& a) {
  const char* name = type->is_subtype_of(staticmethod_type) ? "staticmethod" : "classmethod";
  no_kwargs(a, name);
  count_args(a, name, 1, 1);
  return Value(new FunctionWrapperObject(type, a[0]));
}

Value wrapper_repr(const Value& self) {
  return make_str(cat("<", type_name(self), "(", repr_utf8(as_wrapper(self)->func), ")>"));
}

Value wrapper_get_func(const Value& self) {
  return as_wrapper(self)->func;
}

// Attributes the wrapped function has (__name__, __doc__...) read through the wrapper, as
// CPython's functools.wraps-style copy does.
Value wrapper_getattr(const Value& self, StrObject* name) {
  Value v = generic_getattr(self, name);
  if (!v.is_null()) return v;
  std::string_view n = name->view();
  if (n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__")
    return get_attr_or_null(as_wrapper(self)->func, name);
  return v;
}

Value staticmethod_get(const Value& descr, const Value&, TypeObject*) {
  return as_wrapper(descr)->func;
}

Value staticmethod_call(const Value& self, const CallArgs& args) {
  return call(as_wrapper(self)->func, args);
}

Value classmethod_get(const Value& descr, const Value& obj, TypeObject* owner) {
  Value cls = owner ? Value(owner) : Value(type_of(obj));
  return Value(new BoundMethodObject(as_wrapper(descr)->func, cls));
}

// --- member_descriptor (__slots__) ---

struct MemberObject : Object {
  Ref<StrObject> name;
  TypeObject* owner;  // not owned: the class holds this descriptor in its dict
  MemberObject(StrObject* n, TypeObject* o) : Object(member_descriptor_type), name(n), owner(o) {}
  ~MemberObject() override;
};
MemberObject::~MemberObject() = default;

MemberObject* as_member(const Value& v) {
  return v.as<MemberObject>();
}

DictObject* member_storage(MemberObject* m, const Value& obj) {
  if (!is_instance(obj, m->owner) || !(type_of(obj)->flags & kTypeInstanceDict))
    raise_type_error(cat("descriptor '", m->name->view(), "' for '", m->owner->name,
                         "' objects doesn't apply to a '", type_name(obj), "' object"));
  Ref<DictObject>& slots = obj.as<InstanceObject>()->slots;
  if (!slots) slots = new_dict();
  return slots.get();
}

Value member_get(const Value& descr, const Value& obj, TypeObject*) {
  if (obj.is_null()) return descr;
  MemberObject* m = as_member(descr);
  Value v = member_storage(m, obj)->get_str(m->name.get());
  if (v.is_null()) raise_attribute_error(obj, m->name.get());
  return v;
}

void member_set(const Value& descr, const Value& obj, const Value& value) {
  MemberObject* m = as_member(descr);
  DictObject* d = member_storage(m, obj);
  if (!value.is_null()) {
    d->set(Value(m->name), value);
  } else if (!d->remove(Value(m->name))) {
    raise(exc_AttributeError, m->name->view());
  }
}

Value member_repr(const Value& self) {
  MemberObject* m = as_member(self);
  return make_str(cat("<member '", m->name->view(), "' of '", m->owner->name, "' objects>"));
}

TypeObject* new_builtin_type(const char* name, const char* doc) {
  auto* t = new TypeObject(name, object_type, kTypeBaseType);
  t->refcnt = 1;  // immortal, as the built-in types are
  t->doc = doc;
  return t;
}

}  // namespace

Value make_member_descriptor(StrObject* name, TypeObject* owner) {
  return Value(new MemberObject(name, owner));
}

Value make_staticmethod(const Value& func) {
  return Value(new FunctionWrapperObject(staticmethod_type, func));
}
Value make_classmethod(const Value& func) {
  return Value(new FunctionWrapperObject(classmethod_type, func));
}
bool is_staticmethod(const Value& v) {
  return v.is_obj() && v.as_obj()->type->is_subtype_of(staticmethod_type);
}
Value staticmethod_func(const Value& v) {
  return as_wrapper(v)->func;
}

void init_descriptor_objects() {
  TypeObject* p = property_type = new_builtin_type(
      "property",
      "Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n"
      "  fset\n    function to be used for setting an attribute value\n  fdel\n"
      "    function to be used for del'ing an attribute\n  doc\n    docstring");
  p->new_ = property_new;
  p->init = property_init;
  p->descr_get = property_get;
  p->descr_set = property_set;
  add_method(p, "getter", property_getter,
             "Descriptor to obtain a copy of the property with a different getter.");
  add_method(p, "setter", property_setter,
             "Descriptor to obtain a copy of the property with a different setter.");
  add_method(p, "deleter", property_deleter,
             "Descriptor to obtain a copy of the property with a different deleter.");
  add_method(p, "__set_name__", property_set_name, "Method to set name of a property.");
  add_method(p, "__get__", property_dunder_get,
             "Return an attribute of instance, which is of type owner.");
  add_method(p, "__set__", property_dunder_set, "Set an attribute of instance to value.");
  add_method(p, "__delete__", property_dunder_delete, "Delete an attribute of instance.");
  add_getset(p, "fget", get_fget);
  add_getset(p, "fset", get_fset);
  add_getset(p, "fdel", get_fdel);
  add_getset(p, "__doc__", get_property_doc, set_property_doc);

  TypeObject* m = member_descriptor_type = new_builtin_type("member_descriptor", nullptr);
  m->flags &= ~kTypeBaseType;
  m->repr = member_repr;
  m->descr_get = member_get;
  m->descr_set = member_set;

  for (TypeObject** slot : {&staticmethod_type, &classmethod_type}) {
    bool is_static = slot == &staticmethod_type;
    TypeObject* t = *slot =
        new_builtin_type(is_static ? "staticmethod" : "classmethod",
                         is_static ? "Convert a function to be a static method."
                                   : "Convert a function to be a class method.");
    t->new_ = wrapper_new;
    t->repr = wrapper_repr;
    t->getattr = wrapper_getattr;
    t->descr_get = is_static ? staticmethod_get : classmethod_get;
    if (is_static) t->call = staticmethod_call;
    add_getset(t, "__func__", wrapper_get_func);
    add_getset(t, "__wrapped__", wrapper_get_func);
  }
}

}  // namespace gilt
