// int: inline int64 in Value for the common case, IntObject (arbitrary precision, Boost
// Multiprecision) beyond it. Results are normalised: a value that fits int64 is always inline,
// so `v.is_int()` is false for every IntObject and equality of inline ints is a payload compare.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <string>

#include "runtime/type.hpp"

namespace gilt {

using BigInt = boost::multiprecision::cpp_int;

struct IntObject : Object {
  BigInt value;  // never fits in int64 (see normalisation above)
  explicit IntObject(BigInt v);
  ~IntObject() override;
};

inline bool is_bigint(const Value& v) {
  return v.is_obj() && v.as_obj()->type == int_type;
}
// Python isinstance(v, int) for the built-in representations: bool, inline int, big int.
inline bool is_int_value(const Value& v) {
  return v.is_int() || v.is_bool() || is_bigint(v);
}

Value make_int(const BigInt& v);   // normalises
BigInt to_bigint(const Value& v);  // v must satisfy is_int_value

// Bits in |v| (0 for 0), as int.bit_length().
uint64_t bigint_bit_length(const BigInt& v);

std::string int_to_string(const Value& v, int base = 10);  // no prefix; '-' for negatives
// Parses Python int() text (whitespace, sign, underscores, base 0/2..36 prefixes); Null on
// malformed input (the caller raises "invalid literal for int() with base 10: 'x'").
Value parse_int(std::string_view text, int base);

// Slow paths the VM calls when an inline operation overflows or meets a big int.
Value int_binary(BinOp op, const Value& a,
                 const Value& b);  // both is_int_value; Null if op unsupported

}  // namespace gilt
