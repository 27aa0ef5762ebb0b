// The bool type: an int subclass with two values. `&`, `|` and `^` between bools stay bool;
// every other operation is int's.
#include "runtime/api.hpp"
#include "runtime/core_types.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/slot_wrappers.hpp"
#include "runtime/str.hpp"

namespace gilt {

namespace {

Value bool_repr(const Value& v) {
  static StrObject* const names[2] = {intern("False"), intern("True")};
  return Value(names[v.as_bool() ? 1 : 0]);
}

Value bool_binary(BinOp op, const Value& a, const Value& b) {
  if (a.is_bool() && b.is_bool()) {
    switch (plain_op(op)) {
      case BinOp::And:
        return Value::boolean(a.as_bool() && b.as_bool());
      case BinOp::Or:
        return Value::boolean(a.as_bool() || b.as_bool());
      case BinOp::Xor:
        return Value::boolean(a.as_bool() != b.as_bool());
      default:
        break;
    }
  }
  if (!is_int_value(a) || !is_int_value(b)) return Value();
  return int_binary(op, a, b);
}

bool bool_truthy(const Value& v) {
  return v.as_bool();
}

// bool(x=False): positional only.
Value bool_new(TypeObject* /*type*/, const CallArgs& args) {
  no_kwargs(args, "bool");
  count_args(args, "bool", 0, 1);
  return Value::boolean(args.nargs == 1 && truthy(args[0]));
}

}  // namespace

void init_bool_type() {
  TypeObject* t = bool_type;
  t->flags &= ~kTypeBaseType;  // "type 'bool' is not an acceptable base type"
  t->doc =
      "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
      "The builtins True and False are the only two instances of the class bool.\n"
      "The class bool is a subclass of the class int, and cannot be subclassed.";
  t->repr = bool_repr;
  t->hash = int_type->hash;
  t->compare = int_type->compare;
  t->binary = bool_binary;
  t->unary = int_type->unary;
  t->truthy = bool_truthy;
  t->new_ = bool_new;
  add_slot_wrappers<&bool_type>(
      {"__repr__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__"});
}

}  // namespace gilt
