// int ↔ text: str()/hex()/bin() digits, int() parsing with CPython's literal rules, the
// 4300-digit conversion limit, and the int() constructor.
#include <charconv>
#include <cmath>

#include "runtime/api.hpp"
#include "runtime/bytes.hpp"
#include "runtime/core_types.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/number.hpp"
#include "runtime/str.hpp"
#include "runtime/unicode.hpp"

namespace gilt {

namespace mp = boost::multiprecision;

int64_t int_max_str_digits = 4300;

namespace {

constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

[[noreturn]] void raise_str_limit() {
  raise_value_error(cat("Exceeds the limit (", int_max_str_digits,
                        " digits) for integer string conversion; use sys.set_int_max_str_digits() "
                        "to increase the limit"));
}

// Digits of a non-negative big int in a power-of-two base, read from its bytes (linear time).
std::string power_of_two_digits(const BigInt& mag, int bits_per_digit) {
  std::vector<unsigned char> bytes;
  mp::export_bits(mag, std::back_inserter(bytes), 8);  // most significant first
  uint64_t total_bits = bytes.size() * 8;
  uint64_t ndigits = (total_bits + bits_per_digit - 1) / bits_per_digit;
  std::string out;
  out.reserve(ndigits);
  auto bit = [&](uint64_t i) {  // bit i counted from the least significant end
    uint64_t byte = bytes.size() - 1 - i / 8;
    return (bytes[byte] >> (i % 8)) & 1;
  };
  for (uint64_t d = ndigits; d-- > 0;) {
    int v = 0;
    for (int k = bits_per_digit - 1; k >= 0; --k) {
      uint64_t i = d * bits_per_digit + k;
      v = (v << 1) | (i < total_bits ? bit(i) : 0);
    }
    if (out.empty() && v == 0) continue;  // leading zeros
    out += kDigits[v];
  }
  return out.empty() ? "0" : out;
}

}  // namespace

std::string int_to_string(const Value& v, int base) {
  if (!is_bigint(v)) {
    char buf[72];
    auto res = std::to_chars(buf, buf + sizeof buf, v.as_int(), base);
    return std::string(buf, res.ptr);
  }
  const BigInt& x = v.as<IntObject>()->value;
  BigInt mag = mp::abs(x);
  std::string digits;
  if (base == 10) {
    if (int_max_str_digits > 0) {
      // A lower bound on the digit count, so huge values fail before a quadratic conversion.
      double bits = static_cast<double>(mp::msb(mag) + 1);
      if (std::floor((bits - 1) * 0.30102999566398120) + 1 >
          static_cast<double>(int_max_str_digits))
        raise_str_limit();
    }
    digits = mag.str();
    if (int_max_str_digits > 0 && static_cast<int64_t>(digits.size()) > int_max_str_digits)
      raise_str_limit();
  } else if ((base & (base - 1)) == 0) {
    digits = power_of_two_digits(mag, __builtin_ctz(static_cast<unsigned>(base)));
  } else {
    while (mag > 0) {
      BigInt q, r;
      mp::divide_qr(mag, BigInt(base), q, r);
      digits += kDigits[r.convert_to<int>()];
      mag = q;
    }
    digits.assign(digits.rbegin(), digits.rend());
  }
  return x < 0 ? "-" + digits : digits;
}

Value parse_int(std::string_view text, int base) {
  // Unicode decimal digits become ASCII digits and Unicode spaces become ' ', as CPython's
  // _PyUnicode_TransformDecimalAndSpaceToASCII; any other non-ASCII character is invalid.
  std::string s;
  s.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    uint32_t cp = utf8_decode(text, pos);
    if (cp < 128) {
      s += static_cast<char>(cp);
    } else if (int d = unicode::decimal_value(cp); d >= 0) {
      s += static_cast<char>('0' + d);
    } else if (unicode::is_space(cp)) {
      s += ' ';
    } else {
      return Value();
    }
  }
  auto is_ws = [](char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
  };
  size_t i = 0, end = s.size();
  while (i < end && is_ws(s[i]))
    ++i;
  while (end > i && is_ws(s[end - 1]))
    --end;
  bool negative = false;
  if (i < end && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';

  auto has_prefix = [&](char lower) {
    return end - i >= 2 && s[i] == '0' && (s[i + 1] | 0x20) == lower;
  };
  bool prefixed = false;
  if (base == 0) {
    if (has_prefix('x')) {
      base = 16;
    } else if (has_prefix('o')) {
      base = 8;
    } else if (has_prefix('b')) {
      base = 2;
    } else {
      base = 10;
      // "010" is not a literal: a leading zero needs every digit to be zero.
      if (i < end && s[i] == '0') {
        for (size_t k = i; k < end; ++k)
          if (s[k] != '0' && s[k] != '_') return Value();
      }
    }
    prefixed = base != 10;
  } else {
    prefixed = (base == 16 && has_prefix('x')) || (base == 8 && has_prefix('o')) ||
               (base == 2 && has_prefix('b'));
  }
  if (prefixed) {
    i += 2;
    if (i < end && s[i] == '_') ++i;  // one underscore may follow the prefix
  }
  if (i >= end) return Value();

  // Validate digits and underscores (single, between digits), counting digits.
  int64_t ndigits = 0;
  bool last_underscore = true;  // a leading underscore is invalid
  bool invalid = false;
  for (size_t k = i; k < end; ++k) {
    char c = s[k];
    if (c == '_') {
      if (last_underscore) invalid = true;
      last_underscore = true;
      continue;
    }
    int d = c >= '0' && c <= '9'                     ? c - '0'
            : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10
                                                     : 99;
    if (d >= base) {
      invalid = true;
      break;
    }
    last_underscore = false;
    ++ndigits;
  }
  bool power_of_two = (base & (base - 1)) == 0;
  if (!power_of_two && int_max_str_digits > 0 && ndigits > int_max_str_digits)
    raise_value_error(cat("Exceeds the limit (", int_max_str_digits,
                          " digits) for integer string conversion: value has ", ndigits,
                          " digits; use sys.set_int_max_str_digits() to increase the limit"));
  if (invalid || last_underscore) return Value();

  // Accumulate in int64 while it fits, then in chunks of digits on a BigInt.
  uint64_t small = 0;
  bool big = false;
  BigInt acc;
  uint64_t chunk = 0, chunk_scale = 1;
  for (size_t k = i; k < end; ++k) {
    char c = s[k];
    if (c == '_') continue;
    uint64_t d =
        c <= '9' ? static_cast<uint64_t>(c - '0') : static_cast<uint64_t>((c | 0x20) - 'a' + 10);
    if (!big) {
      uint64_t next;
      if (!__builtin_mul_overflow(small, static_cast<uint64_t>(base), &next) &&
          !__builtin_add_overflow(next, d, &next) && next <= static_cast<uint64_t>(INT64_MAX) + 1) {
        small = next;
        continue;
      }
      big = true;
      acc = small;
    }
    chunk = chunk * base + d;
    chunk_scale *= base;
    if (chunk_scale > (uint64_t{1} << 56) / 36) {
      acc = acc * chunk_scale + chunk;
      chunk = 0;
      chunk_scale = 1;
    }
  }
  if (!big) {
    if (small == static_cast<uint64_t>(INT64_MAX) + 1) {
      return negative ? Value::integer(INT64_MIN) : make_int(BigInt(small));
    }
    auto v = static_cast<int64_t>(small);
    return Value::integer(negative ? -v : v);
  }
  if (chunk_scale > 1) acc = acc * chunk_scale + chunk;
  return make_int(negative ? BigInt(-acc) : acc);
}

namespace {

[[noreturn]] void raise_invalid_literal(const Value& text, int base) {
  std::string r = repr_utf8(text);
  if (utf8_length(r) > 200) r.resize(utf8_offset(r, 200));  // CPython's %.200R
  raise_value_error(cat("invalid literal for int() with base ", base, ": ", r));
}

Value int_from_text(const Value& text, int base) {
  std::string_view data =
      is_str(text) ? text.as<StrObject>()->view() : text.as<BytesObject>()->view();
  Value v = parse_int(data, base);
  if (v.is_null()) raise_invalid_literal(text, base);
  return v;
}

}  // namespace

// int(x=0), int(x, base=10)
Value int_new(TypeObject* /*type*/, const CallArgs& args) {
  // TODO(subclasses): a later issue builds instances of int subclasses here.
  Value out[2];
  bind_args(args, "int", {"x", "base"}, 0, 1, out);
  const Value& x = out[0];
  if (out[1].is_null()) {
    if (x.is_null()) return Value::integer(0);
    if (x.is_bool()) return Value::integer(x.as_int());
    if (is_int_value(x)) return x;
    if (x.is_float()) return float_to_int(x.as_float());
    if (is_str(x) || is_bytes(x)) return int_from_text(x, 10);
    raise_type_error(
        cat("int() argument must be a string, a bytes-like object or a real number, not '",
            type_name(x), "'"));
  }
  if (x.is_null()) raise_type_error("int() missing string argument");
  int64_t base = is_bigint(out[1]) ? -1 : index_to_int64(out[1]);
  if (base != 0 && (base < 2 || base > 36))
    raise_value_error("int() base must be >= 2 and <= 36, or 0");
  if (!is_str(x) && !is_bytes(x))
    raise_type_error("int() can't convert non-string with explicit base");
  return int_from_text(x, static_cast<int>(base));
}

}  // namespace gilt
