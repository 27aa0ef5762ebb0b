// Numeric work shared across int, bool and float: CPython's numeric hash, exact mixed
// comparisons, correctly rounded conversions and division, round(), divmod() and pow(a, b, m).
#include "runtime/number.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "runtime/api.hpp"
#include "runtime/core_types.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace mp = boost::multiprecision;

// --- hashing ---

int64_t hash_int64(int64_t v) {
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  mag %= static_cast<uint64_t>(kHashModulus);
  int64_t h = v < 0 ? -static_cast<int64_t>(mag) : static_cast<int64_t>(mag);
  return h == -1 ? -2 : h;
}

int64_t hash_bigint(const BigInt& v) {
  BigInt mag = mp::abs(v) % kHashModulus;
  int64_t h = mag.convert_to<int64_t>();
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

// CPython's _Py_HashDouble: the value of the float mod 2**61 - 1, so that it matches the hash
// of an equal int (and of an equal Fraction or Decimal).
int64_t hash_double(double d) {
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) {
    // CPython 3.11 hashes a NaN by its object's identity. Inline floats have none, but each
    // float("nan") carries its own payload (float_text.cpp), so the bits stand in for it.
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    auto h = static_cast<int64_t>(bits);
    return h == -1 ? -2 : h;
  }
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  constexpr uint64_t P = static_cast<uint64_t>(kHashModulus);
  constexpr int kBits = 61;
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & P) | x >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & P) | x >> (kBits - e);
  auto h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

// --- conversions ---

namespace {

// The double nearest (ties to even) to (q + sticky/2) * 2**shift, where q >= 2**54 carries two
// bits beyond double precision and `sticky` says whether anything nonzero was cut below q.
// Handles subnormal results by rounding at the subnormal's last bit. Returns inf on overflow.
double round_to_double(const BigInt& q, bool sticky, int64_t shift) {
  auto qbits = static_cast<int64_t>(bigint_bit_length(q));
  int64_t top = shift + qbits - 1;                   // exponent of q's leading bit
  int64_t lsb = std::max<int64_t>(top - 52, -1074);  // exponent of the result's last bit
  int64_t drop = lsb - shift;                        // bits of q below the result's precision
  BigInt kept = q;
  if (drop > 0) {
    auto d = static_cast<unsigned>(drop);
    kept = q >> d;
    BigInt rest = q - (kept << d);
    BigInt half = BigInt(1) << (d - 1);
    if (rest > half || (rest == half && (sticky || mp::bit_test(kept, 0)))) kept += 1;
  } else if (drop < 0) {
    kept = q << static_cast<unsigned>(-drop);
  }
  // kept fits in 54 bits: exact as a double; ldexp is exact unless it overflows.
  return std::ldexp(kept.convert_to<double>(), static_cast<int>(std::min<int64_t>(lsb, 2000)));
}

}  // namespace

double bigint_to_double(const BigInt& v) {
  uint64_t bits = bigint_bit_length(v);
  if (bits <= 53) return v.convert_to<double>();
  BigInt mag = mp::abs(v);
  unsigned shift = bits > 55 ? static_cast<unsigned>(bits - 55) : 0;
  BigInt q = mag >> shift;
  bool sticky = (q << shift) != mag;
  double d = round_to_double(q, sticky, shift);
  if (std::isinf(d)) raise_overflow_error("int too large to convert to float");
  return v < 0 ? -d : d;
}

BigInt double_to_bigint(double d) {
  if (std::fabs(d) < 9.2e18) return BigInt(static_cast<int64_t>(d));
  int e;
  double m = std::frexp(d, &e);  // d = m * 2**e, 0.5 <= |m| < 1
  auto mant = static_cast<int64_t>(std::ldexp(m, 53));
  BigInt r(mant);
  return e >= 53 ? BigInt(r << static_cast<unsigned>(e - 53))
                 : BigInt(r >> static_cast<unsigned>(53 - e));
}

Value float_to_int(double d) {
  if (std::isinf(d)) raise_overflow_error("cannot convert float infinity to integer");
  if (std::isnan(d)) raise_value_error("cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (t >= -9223372036854775808.0 && t < 9223372036854775808.0)
    return Value::integer(static_cast<int64_t>(t));
  return make_int(double_to_bigint(t));
}

Value int_true_divide(const Value& a, const Value& b) {
  bool b_zero = is_bigint(b) ? false : b.as_int() == 0;
  if (b_zero) raise_zero_division("division by zero");
  constexpr int64_t kExact = int64_t{1} << 53;
  if (!is_bigint(a) && !is_bigint(b)) {
    int64_t x = a.as_int(), y = b.as_int();
    if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact)
      return Value::floating(static_cast<double>(x) / static_cast<double>(y));
  }
  BigInt x = to_bigint(a), y = to_bigint(b);
  bool negative = (x < 0) != (y < 0);
  x = mp::abs(x);
  y = mp::abs(y);
  if (x == 0) return Value::floating(negative ? -0.0 : 0.0);
  // Scale so the quotient has at least 55 significant bits, then round once.
  int64_t shift =
      static_cast<int64_t>(bigint_bit_length(x)) - static_cast<int64_t>(bigint_bit_length(y)) - 55;
  if (shift > 1100) raise_overflow_error("integer division result too large for a float");
  shift = std::max<int64_t>(shift, -1200);
  BigInt num = shift < 0 ? BigInt(x << static_cast<unsigned>(-shift)) : x;
  BigInt den = shift > 0 ? BigInt(y << static_cast<unsigned>(shift)) : y;
  BigInt q, r;
  mp::divide_qr(num, den, q, r);
  double d = round_to_double(q, r != 0, shift);
  if (std::isinf(d)) raise_overflow_error("integer division result too large for a float");
  return Value::floating(negative ? -d : d);
}

// --- comparison ---

namespace {

template <class T>
bool apply(const T& x, const T& y, CmpOp op) {
  switch (op) {
    case CmpOp::Lt:
      return x < y;
    case CmpOp::Le:
      return x <= y;
    case CmpOp::Eq:
      return x == y;
    case CmpOp::Ne:
      return x != y;
    case CmpOp::Gt:
      return x > y;
    default:
      return x >= y;
  }
}

// Sign of (i - d) for an int i and a non-NaN double d, exactly.
int compare_int_double(const Value& i, double d) {
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  constexpr int64_t kExact = int64_t{1} << 53;
  if (!is_bigint(i) && i.as_int() >= -kExact && i.as_int() <= kExact) {
    auto x = static_cast<double>(i.as_int());
    return x < d ? -1 : x > d ? 1 : 0;
  }
  double fl = std::floor(d);
  BigInt x = to_bigint(i), f = double_to_bigint(fl);
  if (x < f) return -1;
  if (x > f) return 1;
  return d > fl ? -1 : 0;  // equal integer parts: a fractional part makes d larger
}

}  // namespace

Value number_compare_slot(const Value& a, const Value& b, CmpOp op) {
  if (!is_number(b)) return Value();
  return Value::boolean(compare_numbers(a, b, op));
}

bool compare_numbers(const Value& a, const Value& b, CmpOp op) {
  if (a.is_float() && b.is_float()) return apply(a.as_float(), b.as_float(), op);
  if (!a.is_float() && !b.is_float()) {
    if (!is_bigint(a) && !is_bigint(b)) return apply(a.as_int(), b.as_int(), op);
    return apply(to_bigint(a), to_bigint(b), op);
  }
  double d = a.is_float() ? a.as_float() : b.as_float();
  if (std::isnan(d)) return op == CmpOp::Ne;
  int c = a.is_float() ? -compare_int_double(b, d) : compare_int_double(a, d);
  return apply(c, 0, op);
}

// --- round() ---

namespace {

// round(int, ndigits) for negative ndigits: half to even at 10**-ndigits.
Value round_int(const Value& x, int64_t ndigits) {
  if (ndigits >= 0) return x.is_bool() ? Value::integer(x.as_int()) : x;
  BigInt v = to_bigint(x);
  // 10**k beyond the value's digits rounds to zero; cap k so the power stays small.
  uint64_t digits = static_cast<uint64_t>(static_cast<double>(bigint_bit_length(v)) * 0.302) + 2;
  if (static_cast<uint64_t>(-(ndigits + 1)) + 1 > digits) return Value::integer(0);
  BigInt p = mp::pow(BigInt(10), static_cast<unsigned>(-ndigits));
  BigInt q, r;
  mp::divide_qr(v, p, q, r);
  if (r != 0 && ((r < 0) != (p < 0))) {
    q -= 1;
    r += p;
  }
  BigInt twice = r * 2;
  if (twice > p || (twice == p && mp::bit_test(mp::abs(q), 0))) q += 1;
  return make_int(q * p);
}

double round_half_even(double x) {
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  return r;
}

// CPython's double_round: the decimal string correctly rounded to `ndigits` places, read back.
double round_double(double x, int64_t ndigits) {
  char buf[1200];
  if (ndigits >= 0) {
    auto res = std::to_chars(buf, buf + sizeof buf - 1, x, std::chars_format::fixed,
                             static_cast<int>(ndigits));
    *res.ptr = '\0';
    return std::strtod(buf, nullptr);
  }
  // Negative ndigits: round |x| to a multiple of 10**-ndigits, half to even, exactly.
  double ax = std::fabs(x);
  double fl = std::floor(ax);
  BigInt whole = double_to_bigint(fl);
  BigInt p = mp::pow(BigInt(10), static_cast<unsigned>(-ndigits));
  BigInt q, r;
  mp::divide_qr(whole, p, q, r);
  BigInt twice = r * 2;
  if (twice > p || (twice == p && (ax > fl || mp::bit_test(q, 0)))) q += 1;
  BigInt rounded = q * p;
  // Values from 2**1024 - 2**970 up round to infinity (the caller's OverflowError).
  if (rounded >= (BigInt(1) << 1024) - (BigInt(1) << 970)) return std::copysign(HUGE_VAL, x);
  return std::copysign(bigint_to_double(rounded), x);
}

}  // namespace

Value round_value(const Value& x, const Value& ndigits) {
  bool no_digits = ndigits.is_null() || ndigits.is_none();
  if (is_int_value(x)) {
    if (no_digits) return x.is_bool() ? Value::integer(x.as_int()) : x;
    if (!is_index(ndigits)) index_to_int64(ndigits);  // raises the TypeError
    int64_t n =
        is_bigint(ndigits) ? (to_bigint(ndigits) < 0 ? INT64_MIN : INT64_MAX) : ndigits.as_int();
    return round_int(x, n);
  }
  if (x.is_float()) {
    double d = x.as_float();
    if (no_digits) return float_to_int(round_half_even(d));
    if (!is_index(ndigits)) index_to_int64(ndigits);
    int64_t n =
        is_bigint(ndigits) ? (to_bigint(ndigits) < 0 ? INT64_MIN : INT64_MAX) : ndigits.as_int();
    constexpr int64_t kMaxDigits = 323, kMinDigits = -308;  // CPython's NDIGITS_MAX/MIN
    if (n > kMaxDigits || !std::isfinite(d) || d == 0.0) return x;
    if (n < kMinDigits) return Value::floating(0.0 * d);
    double r = round_double(d, n);
    if (std::isinf(r)) raise_overflow_error("rounded value too large to represent");
    return Value::floating(r);
  }
  raise_type_error(cat("type ", type_name(x), " doesn't define __round__ method"));
}

// --- divmod() and float arithmetic ---

Value float_divmod(double vx, double wx) {
  if (wx == 0.0) raise_zero_division("float divmod()");
  double floordiv, mod;
  float_divmod_parts(vx, wx, floordiv, mod);
  return Value(new_tuple({Value::floating(floordiv), Value::floating(mod)}));
}

// CPython's _float_div_mod.
void float_divmod_parts(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

Value divmod_values(const Value& a, const Value& b) {
  if (is_int_value(a) && is_int_value(b)) {
    bool zero = !is_bigint(b) && b.as_int() == 0;
    if (zero) raise_zero_division("integer division or modulo by zero");
    return Value(new_tuple({int_binary(BinOp::FloorDiv, a, b), int_binary(BinOp::Mod, a, b)}));
  }
  if (is_number(a) && is_number(b)) return float_divmod(to_double(a), to_double(b));
  raise_type_error(cat("unsupported operand type(s) for divmod(): '", type_name(a), "' and '",
                       type_name(b), "'"));
}

namespace {

bool is_odd_integer(double w) {
  return std::fmod(std::fabs(w), 2.0) == 1.0;
}

}  // namespace

Value float_pow(double iv, double iw) {
  if (iw == 0.0) return Value::floating(1.0);
  if (std::isnan(iv)) return Value::floating(iv);
  if (std::isnan(iw)) return Value::floating(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return Value::floating(1.0);
    return Value::floating((iw > 0) == (iv > 1.0) ? std::fabs(iw) : 0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0) return Value::floating(odd ? iv : std::fabs(iv));
    return Value::floating(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    if (iw < 0) raise_zero_division("0.0 cannot be raised to a negative power");
    return Value::floating(is_odd_integer(iw) ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    // CPython returns a complex number here; gilt has no complex type yet, so it raises
    // Python 2's error for the same case.
    if (iw != std::floor(iw))
      raise_value_error("negative number cannot be raised to a fractional power");
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return Value::floating(negate ? -1.0 : 1.0);
  double r = std::pow(iv, iw);
  if (std::isinf(r)) raise_overflow_error("(34, 'Numerical result out of range')");
  return Value::floating(negate ? -r : r);
}

// --- pow(base, exp, mod) ---

Value pow3(const Value& base, const Value& exp, const Value& mod) {
  if (!is_int_value(base) || !is_int_value(exp) || !is_int_value(mod))
    raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
  BigInt m = to_bigint(mod);
  if (m == 0) raise_value_error("pow() 3rd argument cannot be 0");
  BigInt am = mp::abs(m);
  BigInt b = to_bigint(base) % am;
  if (b < 0) b += am;
  BigInt e = to_bigint(exp);
  if (e < 0) {
    // The inverse of b modulo am by the extended Euclidean algorithm.
    BigInt r0 = am, r1 = b, t0 = 0, t1 = 1;
    while (r1 != 0) {
      BigInt q = r0 / r1;
      BigInt r2 = r0 - q * r1;
      r0 = r1;
      r1 = r2;
      BigInt t2 = t0 - q * t1;
      t0 = t1;
      t1 = t2;
    }
    if (r0 != 1) raise_value_error("base is not invertible for the given modulus");
    b = t0 % am;
    if (b < 0) b += am;
    e = -e;
  }
  BigInt r = am == 1 ? BigInt(0) : BigInt(mp::powm(b, e, am));
  if (m < 0 && r != 0) r -= am;
  return make_int(r);
}

}  // namespace gilt
