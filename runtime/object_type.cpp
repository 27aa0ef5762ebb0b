// The `object` type: the root of every class, with the defaults the protocol falls back on
// (repr "<T object at 0x...>", identity equality, address hash) and __class__/__doc__.
#include <cstdio>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/class_internal.hpp"
#include "runtime/core_types.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/format.hpp"
#include "runtime/function.hpp"
#include "runtime/str.hpp"

namespace gilt {

std::string type_display_name(const TypeObject* t) {
  if (t->flags & kTypeHeapType) {
    Value module = t->dict->get("__module__");
    std::string name = is_str(t->qualname) ? t->qualname.as<StrObject>()->data : t->name;
    if (is_str(module) && module.as<StrObject>()->view() != "builtins")
      return module.as<StrObject>()->data + "." + name;
    return name;
  }
  return t->name;  // built-in names already carry their module: "_thread.lock"
}

std::string default_repr(const Value& v) {
  char buf[40];
  const void* address =
      v.is_obj() ? static_cast<const void*>(v.as_obj()) : static_cast<const void*>(type_of(v));
  std::snprintf(buf, sizeof buf, "%p", address);
  return cat("<", type_display_name(type_of(v)), " object at ", buf, ">");
}

int64_t pointer_hash(const void* p) {
  auto y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << (8 * sizeof(void*) - 4));  // the low bits are alignment zeros
  auto h = static_cast<int64_t>(y);
  return h == -1 ? -2 : h;
}

// CPython's excess_args rules: object() accepts arguments only when the class overrides the
// other one of __new__/__init__, which then takes them.
Value object_new(TypeObject* type, const CallArgs& args) {
  if (args.nargs || args.nkw) {
    if (type->new_ != object_new)
      raise_type_error("object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->init == object_init) raise_type_error(cat(type->name, "() takes no arguments"));
  }
  if (type->flags & kTypeInstanceDict) return new_instance(type);
  return Value(new Object(type));
}

void object_init(const Value& self, const CallArgs& args) {
  if (!args.nargs && !args.nkw) return;
  TypeObject* type = type_of(self);
  if (type->init != object_init)
    raise_type_error("object.__init__() takes exactly one argument (the instance to initialize)");
  if (type->new_ == object_new)
    raise_type_error(
        cat(type->name, ".__init__() takes exactly one argument (the instance to initialize)"));
}

namespace {

Value object_repr(const Value& self) {
  return make_str(default_repr(self));
}

int64_t object_hash(const Value& self) {
  return pointer_hash(self.is_obj() ? static_cast<const void*>(self.as_obj()) : type_of(self));
}

// object.__eq__ is identity; anything else is NotImplemented, so the protocol may try the
// other side and then fall back to identity itself.
Value object_compare(const Value& a, const Value& b, CmpOp op) {
  if (op == CmpOp::Eq) return a.is(b) ? Value::boolean(true) : Value();
  if (op == CmpOp::Ne) return a.is(b) ? Value::boolean(false) : Value();
  return Value();
}

Value get_class(const Value& self) {
  return Value(type_of(self));
}

// `x.__doc__` for instances of types that keep their doc in C++ (built-ins).
Value get_doc(const Value& self) {
  const char* doc = type_of(self)->doc;
  return doc ? make_str(doc) : Value::none();
}

Value method_repr(const CallArgs& a) {
  exact_args(a, "object.__repr__", 1);
  return make_str(default_repr(a[0]));
}

// object.__str__ is repr(self), never the type's own str slot (which may be the caller).
Value method_str(const CallArgs& a) {
  exact_args(a, "object.__str__", 1);
  return repr(a[0]);
}

Value method_hash(const CallArgs& a) {
  exact_args(a, "object.__hash__", 1);
  return Value::integer(object_hash(a[0]));
}

Value method_eq(const CallArgs& a) {
  exact_args(a, "object.__eq__", 2);
  Value r = object_compare(a[0], a[1], CmpOp::Eq);
  return r.is_null() ? Value(not_implemented_obj) : r;
}

// object.__init__(self, ...), reached through super().__init__(...).
Value method_init(const CallArgs& a) {
  if (a.nargs == 0) raise_type_error("descriptor '__init__' of 'object' object needs an argument");
  object_init(a[0], a.shifted());
  return Value::none();
}

// object.__new__(cls, ...): a plain function in object's dict (not bound to instances), as
// CPython's tp_new wrapper.
Value method_new(const CallArgs& a) {
  if (a.nargs == 0) raise_type_error("object.__new__(): not enough arguments");
  if (!is_instance(a[0], type_type))
    raise_type_error(cat("object.__new__(X): X is not a type object (", type_name(a[0]), ")"));
  TypeObject* type = a[0].as<TypeObject>();
  TypeObject* layout = type;  // the built-in type whose objects `type`'s instances are
  while (layout->flags & kTypeHeapType)
    layout = layout->base.get();
  if (layout != object_type)
    raise_type_error(
        cat("object.__new__(", type->name, ") is not safe, use ", layout->name, ".__new__()"));
  return object_new(type, a.shifted());
}

// __ne__ defaults to the inverse of __eq__ (CPython's object_richcompare).
Value method_ne(const CallArgs& a) {
  exact_args(a, "object.__ne__", 2);
  TypeObject* t = type_of(a[0]);
  Value r = t->compare ? t->compare(a[0], a[1], CmpOp::Eq) : Value();
  if (r.is_null() || (r.is_obj() && r.as_obj() == not_implemented_obj))
    return Value(not_implemented_obj);
  return Value::boolean(!truthy(r));
}

StrObject* attribute_name_arg(const Value& v) {
  if (!is_str(v)) raise_type_error(cat("attribute name must be string, not '", type_name(v), "'"));
  auto* s = v.as<StrObject>();
  return s->interned ? s : intern(s->view());
}

// object.__getattribute__/__setattr__/__delattr__: the generic access, for overrides that
// delegate with super().__setattr__(name, value).
Value method_getattribute(const CallArgs& a) {
  exact_args(a, "object.__getattribute__", 2);
  StrObject* name = attribute_name_arg(a[1]);
  Value r = generic_getattr(a[0], name, instance_dict(a[0]));
  if (r.is_null()) raise_attribute_error(a[0], name);
  return r;
}

Value method_setattr(const CallArgs& a) {
  exact_args(a, "object.__setattr__", 3);
  generic_setattr(a[0], attribute_name_arg(a[1]), a[2], instance_dict(a[0]));
  return Value::none();
}

Value method_delattr(const CallArgs& a) {
  exact_args(a, "object.__delattr__", 2);
  generic_setattr(a[0], attribute_name_arg(a[1]), Value(), instance_dict(a[0]));
  return Value::none();
}

// object.__init_subclass__(cls): the end of every __init_subclass__ chain; takes no keywords.
Value method_init_subclass(const CallArgs& a) {
  if (a.nkw || a.nargs > 1)
    raise_type_error(cat(a.nargs && is_instance(a[0], type_type) ? a[0].as<TypeObject>()->name
                                                                 : std::string("object"),
                         ".__init_subclass__() takes no keyword arguments"));
  return Value::none();
}

Value method_format(const CallArgs& a) {
  if (a.nargs != 2 || a.nkw)
    raise_type_error(cat("object.__format__() takes exactly one argument (",
                         a.nargs - (a.nargs > 0), " given)"));
  if (!is_str(a[1]))
    raise_type_error(cat("__format__() argument must be str, not ", type_name(a[1])));
  return format_value(a[0], a[1].as<StrObject>()->view());
}

}  // namespace

void init_object_type() {
  TypeObject* t = object_type;
  t->flags |= kTypeBaseType;
  t->doc =
      "The base class of the class hierarchy.\n\n"
      "When called, it accepts no arguments and returns a new featureless\n"
      "instance that has no instance attributes and cannot be given any.\n";
  t->repr = object_repr;
  t->hash = object_hash;
  t->compare = object_compare;
  t->new_ = object_new;
  t->init = object_init;
  add_getset(t, "__class__", get_class);
  add_getset(t, "__doc__", get_doc);
  add_method(t, "__repr__", method_repr, "Return repr(self).");
  add_method(t, "__str__", method_str, "Return str(self).");
  add_method(t, "__hash__", method_hash, "Return hash(self).");
  add_method(t, "__eq__", method_eq, "Return self==value.");
  add_method(t, "__ne__", method_ne, "Return self!=value.");
  add_method(t, "__format__", method_format, "Default object formatter.");
  add_method(t, "__init__", method_init,
             "Initialize self.  See help(type(self)) for accurate signature.");
  add_method(t, "__getattribute__", method_getattribute, "Return getattr(self, name).");
  add_method(t, "__setattr__", method_setattr, "Implement setattr(self, name, value).");
  add_method(t, "__delattr__", method_delattr, "Implement delattr(self, name).");
  auto* new_fn = new NativeFunctionObject(
      "__new__", method_new,
      "Create and return a new object.  See help(type) for accurate signature.");
  new_fn->owner = t;
  t->dict->set(Value(intern("__new__")), Value(new_fn));
  t->dict->set(Value(intern("__init_subclass__")),
               make_classmethod(Value(
                   new NativeFunctionObject("__init_subclass__", method_init_subclass,
                                            "This method is called when a class is subclassed."))));
  t->modified();
}

}  // namespace gilt
