// The int type: inline int64 fast paths that overflow into BigInt, normalisation, the
// arithmetic and comparison slots, and int's methods and attributes. Text conversion and the
// constructor are in int_text.cpp; hashing, mixed int/float work and round() in number.cpp.
#include "runtime/int.hpp"

#include <bit>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/core_types.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/number.hpp"
#include "runtime/slot_wrappers.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace mp = boost::multiprecision;

IntObject::IntObject(BigInt v) : Object(int_type), value(std::move(v)) {}
IntObject::~IntObject() = default;

Value make_int(const BigInt& v) {
  if (v >= INT64_MIN && v <= INT64_MAX) return Value::integer(v.convert_to<int64_t>());
  return Value(new IntObject(v));
}

uint64_t bigint_bit_length(const BigInt& v) {
  // Read the magnitude's limbs directly: no temporary, and no sign restriction as msb() has.
  const auto& backend = v.backend();
  const auto* limbs = backend.limbs();
  size_t n = backend.size();
  while (n > 0 && limbs[n - 1] == 0)
    --n;
  if (n == 0) return 0;
  constexpr uint64_t kLimbBits = sizeof(limbs[0]) * 8;
  return (n - 1) * kLimbBits + static_cast<uint64_t>(std::bit_width(limbs[n - 1]));
}

BigInt to_bigint(const Value& v) {
  if (is_bigint(v)) return v.as<IntObject>()->value;
  return BigInt(v.as_int());
}

namespace {

// Results past this many bits raise MemoryError instead of grinding through quadratic
// big-number arithmetic for minutes (CPython would try; a teaching interpreter should not hang).
constexpr uint64_t kMaxIntBits = uint64_t{1} << 28;

// Python's floor division and modulo (the remainder takes the divisor's sign).
void floor_divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  mp::divide_qr(a, b, q, r);
  if (r != 0 && ((r < 0) != (b < 0))) {
    q -= 1;
    r += b;
  }
}

Value big_pow(const BigInt& base, const Value& exponent) {
  if (base == 0 || base == 1) return make_int(base);
  if (base == -1) {
    bool odd = is_bigint(exponent) ? mp::bit_test(mp::abs(to_bigint(exponent)), 0)
                                   : (exponent.as_int() & 1);
    return Value::integer(odd ? -1 : 1);
  }
  if (is_bigint(exponent)) raise_memory_error();
  auto e = static_cast<uint64_t>(exponent.as_int());
  uint64_t bits = bigint_bit_length(base);
  if (e > kMaxIntBits || (bits - 1) * e > kMaxIntBits) raise_memory_error();
  // A power of two is a shift: linear instead of repeated big multiplications.
  BigInt mag = mp::abs(base);
  if ((mag & (mag - 1)) == 0) {
    BigInt r = BigInt(1) << static_cast<unsigned>((bits - 1) * e);
    return make_int(base < 0 && (e & 1) ? BigInt(-r) : r);
  }
  return make_int(mp::pow(base, static_cast<unsigned>(e)));
}

Value int_pow(const Value& a, const Value& b) {
  bool negative_exp = is_bigint(b) ? to_bigint(b) < 0 : b.as_int() < 0;
  if (negative_exp) return float_pow(to_double(a), to_double(b));
  if (!is_bigint(a) && !is_bigint(b)) {
    int64_t base = a.as_int(), e = b.as_int(), result = 1;
    bool overflow = false;
    while (e > 0) {
      if ((e & 1) && __builtin_mul_overflow(result, base, &result)) {
        overflow = true;
        break;
      }
      e >>= 1;
      if (e > 0 && __builtin_mul_overflow(base, base, &base)) {
        overflow = true;
        break;
      }
    }
    if (!overflow) return Value::integer(result);
  }
  return big_pow(to_bigint(a), b);
}

Value shift_left(const Value& a, const Value& b) {
  if (is_bigint(b) ? to_bigint(b) < 0 : b.as_int() < 0) raise_value_error("negative shift count");
  if (!is_bigint(a) && a.as_int() == 0) return Value::integer(0);
  if (is_bigint(b)) raise_memory_error();
  int64_t n = b.as_int();
  if (!is_bigint(a) && n < 63) {
    int64_t x = a.as_int(), lim = int64_t{1} << (63 - n);
    if (x >= -lim && x < lim) return Value::integer(x * (int64_t{1} << n));
  }
  BigInt x = to_bigint(a);
  if (bigint_bit_length(x) + static_cast<uint64_t>(n) > kMaxIntBits) raise_memory_error();
  return make_int(x << static_cast<unsigned>(n));
}

Value shift_right(const Value& a, const Value& b) {
  bool big_shift = is_bigint(b);
  if (big_shift ? to_bigint(b) < 0 : b.as_int() < 0) raise_value_error("negative shift count");
  bool negative = is_bigint(a) ? to_bigint(a) < 0 : a.as_int() < 0;
  if (big_shift) return Value::integer(negative ? -1 : 0);
  int64_t n = b.as_int();
  if (!is_bigint(a)) return Value::integer(n >= 64 ? (negative ? -1 : 0) : a.as_int() >> n);
  if (static_cast<uint64_t>(n) >= bigint_bit_length(to_bigint(a)))
    return Value::integer(negative ? -1 : 0);
  return make_int(to_bigint(a) >> static_cast<unsigned>(n));  // cpp_int shifts floor, as Python
}

Value big_binary(BinOp op, const Value& a, const Value& b) {
  BigInt x = to_bigint(a), y = to_bigint(b);
  switch (op) {
    case BinOp::Add:
      return make_int(x + y);
    case BinOp::Sub:
      return make_int(x - y);
    case BinOp::Mul:
      if (bigint_bit_length(x) + bigint_bit_length(y) > kMaxIntBits) raise_memory_error();
      return make_int(x * y);
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (y == 0)
        raise_zero_division(op == BinOp::Mod ? "integer modulo by zero"
                                             : "integer division or modulo by zero");
      BigInt q, r;
      floor_divmod(x, y, q, r);
      return make_int(op == BinOp::Mod ? r : q);
    }
    case BinOp::And:
      return make_int(x & y);
    case BinOp::Or:
      return make_int(x | y);
    case BinOp::Xor:
      return make_int(x ^ y);
    default:
      return Value();
  }
}

}  // namespace

Value int_binary(BinOp op, const Value& a, const Value& b) {
  op = plain_op(op);
  switch (op) {
    case BinOp::TrueDiv:
      return int_true_divide(a, b);
    case BinOp::Pow:
      return int_pow(a, b);
    case BinOp::LShift:
      return shift_left(a, b);
    case BinOp::RShift:
      return shift_right(a, b);
    case BinOp::MatMul:
      return Value();
    default:
      break;
  }
  if (is_bigint(a) || is_bigint(b)) return big_binary(op, a, b);
  int64_t x = a.as_int(), y = b.as_int(), r;
  switch (op) {
    case BinOp::Add:
      if (!__builtin_add_overflow(x, y, &r)) return Value::integer(r);
      break;
    case BinOp::Sub:
      if (!__builtin_sub_overflow(x, y, &r)) return Value::integer(r);
      break;
    case BinOp::Mul:
      if (!__builtin_mul_overflow(x, y, &r)) return Value::integer(r);
      break;
    case BinOp::FloorDiv:
    case BinOp::Mod: {
      if (y == 0)
        raise_zero_division(op == BinOp::Mod ? "integer modulo by zero"
                                             : "integer division or modulo by zero");
      if (y == -1) {  // INT64_MIN / -1 overflows in C++
        if (op == BinOp::Mod) return Value::integer(0);
        if (x != INT64_MIN) return Value::integer(-x);
        break;
      }
      int64_t q = x / y, m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) {
        q -= 1;
        m += y;
      }
      return Value::integer(op == BinOp::Mod ? m : q);
    }
    case BinOp::And:
      return Value::integer(x & y);
    case BinOp::Or:
      return Value::integer(x | y);
    case BinOp::Xor:
      return Value::integer(x ^ y);
    default:
      return Value();
  }
  return big_binary(op, a, b);
}

namespace {

// --- slots ---

Value int_binary_slot(BinOp op, const Value& a, const Value& b) {
  if (!is_int_value(a) || !is_int_value(b)) return Value();
  return int_binary(op, a, b);
}

Value int_unary(UnOp op, const Value& v) {
  if (is_bigint(v)) {
    const BigInt& x = v.as<IntObject>()->value;
    switch (op) {
      case UnOp::Neg:
        return make_int(-x);
      case UnOp::Pos:
        return v;
      case UnOp::Invert:
        return make_int(-x - 1);
    }
  }
  int64_t x = v.as_int();
  switch (op) {
    case UnOp::Neg:
      if (x == INT64_MIN) return make_int(-BigInt(x));
      return Value::integer(-x);
    case UnOp::Pos:
      return Value::integer(x);  // +True is 1
    case UnOp::Invert:
      return Value::integer(~x);
  }
  return Value();
}

int64_t int_hash(const Value& v) {
  if (is_bigint(v)) return hash_bigint(v.as<IntObject>()->value);
  return hash_int64(v.as_int());
}

bool int_truthy(const Value& v) {
  return is_bigint(v) || v.as_int() != 0;
}

Value int_repr(const Value& v) {
  return make_str(int_to_string(v, 10));
}

// --- methods and attributes ---

// Int methods receive an int (or bool) as args[0]; anything else means an unbound call on the
// wrong type, which CPython reports as below.
const Value& int_self(const CallArgs& a, const char* name) {
  if (a.nargs == 0) raise_type_error(cat("unbound method int.", name, "() needs an argument"));
  if (!is_int_value(a[0]))
    raise_type_error(cat("descriptor '", name, "' for 'int' objects doesn't apply to a '",
                         type_name(a[0]), "' object"));
  return a[0];
}

Value as_plain_int(const Value& v) {
  return v.is_bool() ? Value::integer(v.as_int()) : v;
}

Value int_bit_length(const CallArgs& a) {
  const Value& self = int_self(a, "bit_length");
  exact_args(a.shifted(), "int.bit_length", 0);
  if (is_bigint(self))
    return Value::integer(static_cast<int64_t>(bigint_bit_length(to_bigint(self))));
  uint64_t x = self.as_int() < 0 ? 0 - static_cast<uint64_t>(self.as_int())
                                 : static_cast<uint64_t>(self.as_int());
  return Value::integer(x == 0 ? 0 : 64 - __builtin_clzll(x));
}

Value int_bit_count(const CallArgs& a) {
  const Value& self = int_self(a, "bit_count");
  exact_args(a.shifted(), "int.bit_count", 0);
  if (is_bigint(self)) {
    BigInt m = mp::abs(to_bigint(self));
    int64_t n = 0;
    for (uint64_t i = 0, bits = bigint_bit_length(m); i < bits; ++i)
      n += mp::bit_test(m, static_cast<unsigned>(i));
    return Value::integer(n);
  }
  uint64_t x = self.as_int() < 0 ? 0 - static_cast<uint64_t>(self.as_int())
                                 : static_cast<uint64_t>(self.as_int());
  return Value::integer(__builtin_popcountll(x));
}

Value int_identity(const CallArgs& a, const char* name, const char* qualname) {
  const Value& self = int_self(a, name);
  exact_args(a.shifted(), qualname, 0);
  return as_plain_int(self);
}
Value int_conjugate(const CallArgs& a) {
  return int_identity(a, "conjugate", "int.conjugate");
}
Value int_index(const CallArgs& a) {
  return int_identity(a, "__index__", "int.__index__");
}
Value int_int(const CallArgs& a) {
  return int_identity(a, "__int__", "int.__int__");
}
Value int_trunc(const CallArgs& a) {
  return int_identity(a, "__trunc__", "int.__trunc__");
}
Value int_floor(const CallArgs& a) {
  return int_identity(a, "__floor__", "int.__floor__");
}
Value int_ceil(const CallArgs& a) {
  return int_identity(a, "__ceil__", "int.__ceil__");
}

Value int_float(const CallArgs& a) {
  const Value& self = int_self(a, "__float__");
  exact_args(a.shifted(), "int.__float__", 0);
  return Value::floating(to_double(self));
}

Value int_round(const CallArgs& a) {
  const Value& self = int_self(a, "__round__");
  count_args(a.shifted(), "__round__", 0, 1);
  return round_value(self, a.nargs > 1 ? a[1] : Value());
}

Value int_as_integer_ratio(const CallArgs& a) {
  const Value& self = int_self(a, "as_integer_ratio");
  exact_args(a.shifted(), "int.as_integer_ratio", 0);
  return Value(new_tuple({as_plain_int(self), Value::integer(1)}));
}

Value int_divmod(const CallArgs& a) {
  const Value& self = int_self(a, "__divmod__");
  exact_args(a.shifted(), "int.__divmod__", 1);
  if (!is_int_value(a[1])) return Value(not_implemented_obj);
  return divmod_values(self, a[1]);
}

Value int_rdivmod(const CallArgs& a) {
  const Value& self = int_self(a, "__rdivmod__");
  exact_args(a.shifted(), "int.__rdivmod__", 1);
  if (!is_int_value(a[1])) return Value(not_implemented_obj);
  return divmod_values(a[1], self);
}

Value int_abs(const CallArgs& a) {
  const Value& self = int_self(a, "__abs__");
  exact_args(a.shifted(), "int.__abs__", 0);
  bool negative = is_bigint(self) ? self.as<IntObject>()->value < 0 : self.as_int() < 0;
  return negative ? int_unary(UnOp::Neg, self) : as_plain_int(self);
}

Value get_self(const Value& self) {
  return as_plain_int(self);
}
Value get_zero(const Value&) {
  return Value::integer(0);
}
Value get_one(const Value&) {
  return Value::integer(1);
}

}  // namespace

void init_int_type() {
  TypeObject* t = int_type;
  t->flags |= kTypeBaseType;
  t->doc =
      "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
      "Convert a number or string to an integer, or return 0 if no arguments\n"
      "are given.  If x is a number, return x.__int__().  For floating point\n"
      "numbers, this truncates towards zero.\n\n"
      "If x is not a number or if base is given, then x must be a string,\n"
      "bytes, or bytearray instance representing an integer literal in the\n"
      "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
      "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
      "Base 0 means to interpret the base from the string as an integer literal.\n"
      ">>> int('0b100', base=0)\n4";
  t->repr = int_repr;
  t->hash = int_hash;
  t->compare = number_compare_slot;
  t->binary = int_binary_slot;
  t->unary = int_unary;
  t->truthy = int_truthy;
  t->new_ = int_new;
  add_method(t, "bit_length", int_bit_length,
             "Number of bits necessary to represent self in binary.");
  add_method(t, "bit_count", int_bit_count,
             "Number of ones in the binary representation of the absolute value of self.");
  add_method(t, "conjugate", int_conjugate, "Returns self, the complex conjugate of any int.");
  add_method(t, "as_integer_ratio", int_as_integer_ratio, "Return integer ratio.");
  add_method(t, "__index__", int_index);
  add_method(t, "__int__", int_int);
  add_method(t, "__float__", int_float);
  add_method(t, "__trunc__", int_trunc);
  add_method(t, "__floor__", int_floor);
  add_method(t, "__ceil__", int_ceil);
  add_method(t, "__round__", int_round);
  add_method(t, "__divmod__", int_divmod);
  add_method(t, "__rdivmod__", int_rdivmod);
  add_method(t, "__abs__", int_abs);
  add_slot_wrappers<&int_type>(
      {"__repr__",    "__hash__",     "__bool__",     "__lt__",        "__le__",     "__eq__",
       "__ne__",      "__gt__",       "__ge__",       "__neg__",       "__pos__",    "__invert__",
       "__add__",     "__radd__",     "__sub__",      "__rsub__",      "__mul__",    "__rmul__",
       "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__",    "__rmod__",
       "__pow__",     "__rpow__",     "__lshift__",   "__rlshift__",   "__rshift__", "__rrshift__",
       "__and__",     "__rand__",     "__or__",       "__ror__",       "__xor__",    "__rxor__"});
  add_getset(t, "real", get_self, nullptr, "the real part of a complex number");
  add_getset(t, "imag", get_zero, nullptr, "the imaginary part of a complex number");
  add_getset(t, "numerator", get_self, nullptr,
             "the numerator of a rational number in lowest terms");
  add_getset(t, "denominator", get_one, nullptr,
             "the denominator of a rational number in lowest terms");
}

}  // namespace gilt
