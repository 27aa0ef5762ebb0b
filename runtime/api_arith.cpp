// The generic protocol, part 3: binary and unary operators (CPython's binary_op1 with
// reflection, the in-place fallback, and the sequence concat/repeat error messages).
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"

namespace gilt {

namespace {

// The left operand's slot, then the right's; the right goes first when its type is a proper
// subclass of the left's (so a subclass can override an operator of its base).
Value binary_op1(BinOp op, const Value& a, const Value& b) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  BinarySlot sa = ta->binary;
  BinarySlot sb = tb != ta ? tb->binary : nullptr;
  if (sb == sa) sb = nullptr;
  if (sa) {
    if (sb && tb->is_subtype_of(ta)) {
      Value r = sb(op, a, b);
      if (!r.is_null()) return r;
      sb = nullptr;
    }
    Value r = sa(op, a, b);
    if (!r.is_null()) return r;
  }
  if (sb) return sb(op, a, b);
  return Value();
}

// The built-in sequences answer `+` and `*` failures with their own messages (CPython's
// sq_concat / sq_repeat fallbacks in PyNumber_Add and PyNumber_Multiply).
bool is_sequence(const Value& v) {
  TypeObject* t = type_of(v);
  return t->is_subtype_of(str_type) || t->is_subtype_of(list_type) ||
         t->is_subtype_of(tuple_type) || t->is_subtype_of(bytes_type);
}

[[noreturn]] void raise_binary_error(BinOp op, const Value& a, const Value& b) {
  BinOp plain = plain_op(op);
  if (plain == BinOp::Add && is_sequence(a)) {
    TypeObject* t = type_of(a);
    if (t->is_subtype_of(bytes_type))
      raise_type_error(cat("can't concat ", type_name(b), " to ", t->name));
    const char* seq = t->is_subtype_of(str_type)    ? "str"
                      : t->is_subtype_of(list_type) ? "list"
                                                    : "tuple";
    raise_type_error(cat("can only concatenate ", seq, " (not \"", type_name(b), "\") to ", seq));
  }
  if (plain == BinOp::Mul && (is_sequence(a) || is_sequence(b)))
    raise_type_error(cat("can't multiply sequence by non-int of type '",
                         type_name(is_sequence(a) ? b : a), "'"));
  const char* symbol = op == BinOp::Pow ? "** or pow()" : binop_symbol(op);
  raise_type_error(cat("unsupported operand type(s) for ", symbol, ": '", type_name(a), "' and '",
                       type_name(b), "'"));
}

}  // namespace

Value binary_op(BinOp op, const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) {
    Value r = int_binary(op, a, b);
    if (!r.is_null()) return r;
  }
  Value r;
  if (op != plain_op(op)) {
    // In-place: only the left operand's in-place form, then the plain operator.
    if (BinarySlot sa = type_of(a)->binary) r = sa(op, a, b);
    if (r.is_null()) r = binary_op1(plain_op(op), a, b);
  } else {
    r = binary_op1(op, a, b);
  }
  if (r.is_null()) raise_binary_error(op, a, b);
  return r;
}

Value unary_op(UnOp op, const Value& v) {
  TypeObject* t = type_of(v);
  Value r;
  if (t->unary) r = t->unary(op, v);
  if (r.is_null()) {
    const char* symbol = op == UnOp::Neg ? "-" : op == UnOp::Pos ? "+" : "~";
    raise_type_error(cat("bad operand type for unary ", symbol, ": '", t->name, "'"));
  }
  return r;
}

}  // namespace gilt
