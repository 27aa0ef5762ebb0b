// The float type: arithmetic with Python's sign rules and messages, comparisons, hashing,
// the constructor, methods and attributes. Text conversion lives in float_text.cpp.
#include "runtime/float.hpp"

#include <cmath>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/bytes.hpp"
#include "runtime/core_types.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/number.hpp"
#include "runtime/slot_wrappers.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

bool is_number(const Value& v) {
  return v.is_float() || is_int_value(v);
}

double to_double(const Value& v) {
  if (v.is_float()) return v.as_float();
  if (is_bigint(v)) return bigint_to_double(v.as<IntObject>()->value);
  return static_cast<double>(v.as_int());
}

Value float_binary(BinOp op, double a, double b) {
  switch (plain_op(op)) {
    case BinOp::Add:
      return Value::floating(a + b);
    case BinOp::Sub:
      return Value::floating(a - b);
    case BinOp::Mul:
      return Value::floating(a * b);
    case BinOp::TrueDiv:
      if (b == 0.0) raise_zero_division("float division by zero");
      return Value::floating(a / b);
    case BinOp::FloorDiv: {
      if (b == 0.0) raise_zero_division("float floor division by zero");
      double floordiv, mod;
      float_divmod_parts(a, b, floordiv, mod);
      return Value::floating(floordiv);
    }
    case BinOp::Mod: {
      if (b == 0.0) raise_zero_division("float modulo");
      double mod = std::fmod(a, b);
      if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) mod += b;
      } else {
        mod = std::copysign(0.0, b);
      }
      return Value::floating(mod);
    }
    case BinOp::Pow:
      return float_pow(a, b);
    default:
      return Value();
  }
}

namespace {

Value float_binary_slot(BinOp op, const Value& a, const Value& b) {
  if (!is_number(a) || !is_number(b)) return Value();
  return float_binary(op, to_double(a), to_double(b));
}

Value float_unary(UnOp op, const Value& v) {
  switch (op) {
    case UnOp::Neg:
      return Value::floating(-v.as_float());
    case UnOp::Pos:
      return v;
    default:
      return Value();
  }
}

Value float_repr_slot(const Value& v) {
  return make_str(float_repr(v.as_float()));
}
int64_t float_hash(const Value& v) {
  return hash_double(v.as_float());
}
bool float_truthy(const Value& v) {
  return v.as_float() != 0.0;
}

// float(x=0.0): positional only.
Value float_new(TypeObject* /*type*/, const CallArgs& args) {
  // TODO(subclasses): a later issue builds instances of float subclasses here.
  no_kwargs(args, "float");
  count_args(args, "float", 0, 1);
  if (args.nargs == 0) return Value::floating(0.0);
  const Value& x = args[0];
  if (x.is_float()) return x;
  if (is_int_value(x)) return Value::floating(to_double(x));
  if (is_str(x) || is_bytes(x)) {
    std::string_view text = is_str(x) ? x.as<StrObject>()->view() : x.as<BytesObject>()->view();
    double d;
    if (!parse_float(text, d))
      raise_value_error(cat("could not convert string to float: ", repr_utf8(x)));
    return Value::floating(d);
  }
  raise_type_error(
      cat("float() argument must be a string or a real number, not '", type_name(x), "'"));
}

// --- methods and attributes ---

double float_self(const CallArgs& a, const char* name) {
  if (a.nargs == 0) raise_type_error(cat("unbound method float.", name, "() needs an argument"));
  if (!a[0].is_float())
    raise_type_error(cat("descriptor '", name, "' for 'float' objects doesn't apply to a '",
                         type_name(a[0]), "' object"));
  return a[0].as_float();
}

Value float_is_integer(const CallArgs& a) {
  double d = float_self(a, "is_integer");
  exact_args(a.shifted(), "float.is_integer", 0);
  return Value::boolean(std::isfinite(d) && d == std::floor(d));
}

Value float_conjugate(const CallArgs& a) {
  double d = float_self(a, "conjugate");
  exact_args(a.shifted(), "float.conjugate", 0);
  return Value::floating(d);
}

Value float_float(const CallArgs& a) {
  double d = float_self(a, "__float__");
  exact_args(a.shifted(), "float.__float__", 0);
  return Value::floating(d);
}

Value float_int(const CallArgs& a) {
  double d = float_self(a, "__int__");
  exact_args(a.shifted(), "float.__int__", 0);
  return float_to_int(d);
}

Value float_trunc(const CallArgs& a) {
  double d = float_self(a, "__trunc__");
  exact_args(a.shifted(), "float.__trunc__", 0);
  return float_to_int(d);
}

Value float_floor(const CallArgs& a) {
  double d = float_self(a, "__floor__");
  exact_args(a.shifted(), "float.__floor__", 0);
  return float_to_int(std::floor(d));
}

Value float_ceil(const CallArgs& a) {
  double d = float_self(a, "__ceil__");
  exact_args(a.shifted(), "float.__ceil__", 0);
  return float_to_int(std::ceil(d));
}

Value float_round(const CallArgs& a) {
  float_self(a, "__round__");
  count_args(a.shifted(), "__round__", 0, 1);
  return round_value(a[0], a.nargs > 1 ? a[1] : Value());
}

Value float_as_integer_ratio(const CallArgs& a) {
  double d = float_self(a, "as_integer_ratio");
  exact_args(a.shifted(), "float.as_integer_ratio", 0);
  if (std::isinf(d)) raise_overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(d)) raise_value_error("cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  // Scale the mantissa to an integer, then reduce the power of two.
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  BigInt num = double_to_bigint(m);
  BigInt den = 1;
  if (e > 0) {
    num <<= e;
  } else {
    den <<= -e;
  }
  while (den > 1 && !boost::multiprecision::bit_test(num, 0)) {
    num >>= 1;
    den >>= 1;
  }
  return Value(new_tuple({make_int(num), make_int(den)}));
}

Value float_divmod_method(const CallArgs& a) {
  double d = float_self(a, "__divmod__");
  exact_args(a.shifted(), "float.__divmod__", 1);
  if (!is_number(a[1])) return Value(not_implemented_obj);
  return float_divmod(d, to_double(a[1]));
}

Value float_rdivmod_method(const CallArgs& a) {
  double d = float_self(a, "__rdivmod__");
  exact_args(a.shifted(), "float.__rdivmod__", 1);
  if (!is_number(a[1])) return Value(not_implemented_obj);
  return float_divmod(to_double(a[1]), d);
}

Value float_abs(const CallArgs& a) {
  double d = float_self(a, "__abs__");
  exact_args(a.shifted(), "float.__abs__", 0);
  return Value::floating(std::fabs(d));
}

Value get_self(const Value& self) {
  return self;
}
Value get_zero(const Value&) {
  return Value::floating(0.0);
}

}  // namespace

void init_float_type() {
  TypeObject* t = float_type;
  t->flags |= kTypeBaseType;
  t->doc = "Convert a string or number to a floating point number, if possible.";
  t->repr = float_repr_slot;
  t->hash = float_hash;
  t->compare = number_compare_slot;
  t->binary = float_binary_slot;
  t->unary = float_unary;
  t->truthy = float_truthy;
  t->new_ = float_new;
  add_method(t, "is_integer", float_is_integer, "Return True if the float is an integer.");
  add_method(t, "conjugate", float_conjugate, "Return self, the complex conjugate of any float.");
  add_method(
      t, "as_integer_ratio", float_as_integer_ratio,
      "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the "
      "original float\nand with a positive denominator.");
  add_method(t, "__float__", float_float);
  add_method(t, "__int__", float_int);
  add_method(t, "__trunc__", float_trunc);
  add_method(t, "__floor__", float_floor);
  add_method(t, "__ceil__", float_ceil);
  add_method(t, "__round__", float_round);
  add_method(t, "__divmod__", float_divmod_method);
  add_method(t, "__rdivmod__", float_rdivmod_method);
  add_method(t, "__abs__", float_abs);
  add_slot_wrappers<&float_type>(
      {"__repr__",      "__hash__", "__bool__",    "__lt__",       "__le__",
       "__eq__",        "__ne__",   "__gt__",      "__ge__",       "__neg__",
       "__pos__",       "__add__",  "__radd__",    "__sub__",      "__rsub__",
       "__mul__",       "__rmul__", "__truediv__", "__rtruediv__", "__floordiv__",
       "__rfloordiv__", "__mod__",  "__rmod__",    "__pow__",      "__rpow__"});
  add_getset(t, "real", get_self, nullptr, "the real part of a complex number");
  add_getset(t, "imag", get_zero, nullptr, "the imaginary part of a complex number");
}

}  // namespace gilt
