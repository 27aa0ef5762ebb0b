// None, NotImplemented and Ellipsis: their types and singletons. None is an inline Value;
// NotImplemented and Ellipsis are immortal objects.
#include "runtime/api.hpp"
#include "runtime/core_types.hpp"
#include "runtime/errors.hpp"
#include "runtime/slot_wrappers.hpp"
#include "runtime/str.hpp"

namespace gilt {

Object* not_implemented_obj = nullptr;
Object* ellipsis_obj = nullptr;

namespace {

Value none_repr(const Value&) {
  return Value(intern("None"));
}
Value not_implemented_repr(const Value&) {
  return Value(intern("NotImplemented"));
}
Value ellipsis_repr(const Value&) {
  return Value(intern("Ellipsis"));
}

bool none_truthy(const Value&) {
  return false;
}
int64_t none_hash(const Value&) {
  return 0x7a3b9c1d5e;
}  // any constant: None is unique

void no_arguments(const CallArgs& args, TypeObject* type) {
  if (args.nargs || args.nkw) raise_type_error(cat(type->name, " takes no arguments"));
}

Value none_new(TypeObject* type, const CallArgs& args) {
  no_arguments(args, type);
  return Value::none();
}
Value not_implemented_new(TypeObject* type, const CallArgs& args) {
  no_arguments(args, type);
  return Value(not_implemented_obj);
}
Value ellipsis_new(TypeObject* type, const CallArgs& args) {
  no_arguments(args, type);
  return Value(ellipsis_obj);
}

Object* make_singleton(TypeObject* type) {
  auto* o = new Object(type);
  o->refcnt = 1;  // immortal
  return o;
}

}  // namespace

void init_none_types() {
  none_type->repr = none_repr;
  none_type->truthy = none_truthy;
  none_type->hash = none_hash;
  none_type->new_ = none_new;

  notimplemented_type->repr = not_implemented_repr;
  notimplemented_type->new_ = not_implemented_new;

  ellipsis_type->repr = ellipsis_repr;
  ellipsis_type->new_ = ellipsis_new;

  add_slot_wrappers<&none_type>({"__repr__", "__bool__", "__hash__"});
  add_slot_wrappers<&notimplemented_type>({"__repr__"});
  add_slot_wrappers<&ellipsis_type>({"__repr__"});
  for (TypeObject* t : {none_type, notimplemented_type, ellipsis_type})
    t->flags &= ~kTypeBaseType;
  if (!not_implemented_obj) not_implemented_obj = make_singleton(notimplemented_type);
  if (!ellipsis_obj) ellipsis_obj = make_singleton(ellipsis_type);
}

}  // namespace gilt
