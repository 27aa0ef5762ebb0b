// The `object` type: the root of every class, with the defaults the protocol falls back on
// (repr "<T object at 0x...>", identity equality, address hash) and __class__/__doc__.
#include <cstdio>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
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
    Value qualname = t->dict->get("__qualname__");
    std::string name = is_str(qualname) ? qualname.as<StrObject>()->data : t->name;
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

Value object_new(TypeObject* type, const CallArgs& args) {
  if (args.nargs || args.nkw) raise_type_error(cat(type->name, "() takes no arguments"));
  // TODO(classes): instances of user classes are created here once classes exist.
  return Value(new Object(type));
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

Value method_str(const CallArgs& a) {
  exact_args(a, "object.__str__", 1);
  return to_str(a[0]);
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

Value method_ne(const CallArgs& a) {
  exact_args(a, "object.__ne__", 2);
  Value r = object_compare(a[0], a[1], CmpOp::Ne);
  return r.is_null() ? Value(not_implemented_obj) : r;
}

// object.__init__: accepts the instance alone (classes call it through super().__init__()).
Value method_init(const CallArgs& a) {
  if (a.nargs == 0) raise_type_error("descriptor '__init__' of 'object' object needs an argument");
  if (a.nargs > 1 || a.nkw)
    raise_type_error(cat(type_display_name(type_of(a[0])),
                         ".__init__() takes exactly one argument (the instance to initialize)"));
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
}

}  // namespace gilt
