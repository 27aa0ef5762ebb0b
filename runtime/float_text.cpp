// float ↔ text: repr (format.cpp lays out the shortest round-trip digits) and float() parsing.
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/float.hpp"
#include "runtime/format.hpp"
#include "runtime/str.hpp"
#include "runtime/unicode.hpp"

namespace gilt {

namespace {

// Each float("nan") is a distinct object in CPython: `float("nan") in [x]` is False even when
// x is a NaN, because containers compare by identity first and NaN != NaN. gilt's floats are
// inline, so identity is the bits; giving every parsed NaN its own quiet-NaN payload keeps
// two of them apart (and keeps hash(nan) identity-like). Arithmetic propagates payloads.
double fresh_nan(bool negative) {
  static uint64_t counter = 0;
  counter = (counter + 1) & ((uint64_t{1} << 51) - 1);
  uint64_t bits = 0x7FF8000000000000ull | counter | (negative ? 0x8000000000000000ull : 0);
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

}  // namespace

std::string float_repr(double d) {
  return format_double(d, 'r', 0, kDtsfAddDot0);
}

bool parse_float(std::string_view text, double& out) {
  // Unicode digits and spaces map to ASCII first, as for int().
  std::string s;
  for (size_t pos = 0; pos < text.size();) {
    uint32_t cp = utf8_decode(text, pos);
    if (cp < 128) {
      s += static_cast<char>(cp);
    } else if (int d = unicode::decimal_value(cp); d >= 0) {
      s += static_cast<char>('0' + d);
    } else if (unicode::is_space(cp)) {
      s += ' ';
    } else {
      return false;
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
  std::string body;
  for (size_t k = i; k < end; ++k)
    body += static_cast<char>(std::tolower(static_cast<unsigned char>(s[k])));
  if (body == "inf" || body == "infinity") {
    out = negative ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (body == "nan") {
    out = fresh_nan(negative);
    return true;
  }
  // digits [. digits] [e [sign] digits], with single underscores only between digits.
  std::string clean;
  size_t k = 0, n = body.size();
  auto digits = [&]() {
    size_t start = k;
    while (k < n) {
      if (body[k] >= '0' && body[k] <= '9') {
        clean += body[k++];
      } else if (body[k] == '_' && k > start && k + 1 < n && body[k + 1] >= '0' &&
                 body[k + 1] <= '9') {
        ++k;
      } else {
        break;
      }
    }
    return k > start;
  };
  bool int_part = digits();
  bool frac_part = false;
  if (k < n && body[k] == '.') {
    clean += body[k++];
    frac_part = digits();
  }
  if (!int_part && !frac_part) return false;
  if (k < n && body[k] == 'e') {
    clean += body[k++];
    if (k < n && (body[k] == '+' || body[k] == '-')) clean += body[k++];
    if (!digits()) return false;
  }
  if (k != n) return false;
  double v = 0;
  auto res = std::from_chars(clean.data(), clean.data() + clean.size(), v);
  if (res.ec == std::errc::result_out_of_range) {
    // from_chars reports overflow and underflow without a value: strtod gives inf or 0 as CPython.
    v = std::strtod(clean.c_str(), nullptr);
  } else if (res.ec != std::errc() || res.ptr != clean.data() + clean.size()) {
    return false;
  }
  out = negative ? -v : v;
  return true;
}

}  // namespace gilt
