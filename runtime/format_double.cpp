// CPython's PyOS_double_to_string (format_float_short): a double as text in the 'e', 'f', 'g'
// and repr styles, with correctly rounded digits from std::to_chars.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

#include "runtime/errors.hpp"
#include "runtime/format.hpp"

namespace gilt {

namespace {

// --- digits of a double, as _Py_dg_dtoa returns them ---

// `digits` without leading or trailing zeros (at least "0"); the value is 0.<digits> * 10**decpt.
struct Digits {
  std::string digits;
  int64_t decpt;
  bool negative;
};

// mode 0: shortest round-trip; mode 2: `ndigits` significant digits; mode 3: `ndigits` places
// after the decimal point. Correct rounding comes from std::to_chars.
Digits double_digits(double d, int mode, int64_t ndigits) {
  Digits out{"", 1, std::signbit(d)};
  double a = std::fabs(d);
  // Digits beyond these counts are zeros for every double, so the caller's zero padding
  // supplies them; it keeps to_chars' buffer small.
  constexpr int kMaxSignificant = 800, kMaxPlaces = 1100;
  char buf[2000];
  std::to_chars_result res;
  if (mode == 3) {
    int places = static_cast<int>(std::min<int64_t>(ndigits, kMaxPlaces));
    res = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::fixed, places);
    std::string_view text(buf, static_cast<size_t>(res.ptr - buf));
    size_t dot = text.find('.');
    int64_t int_len = dot == std::string_view::npos ? static_cast<int64_t>(text.size())
                                                    : static_cast<int64_t>(dot);
    // Leading zeros, before or after the point, only move the decimal point.
    int64_t leading_zeros = 0;
    for (char c : text) {
      if (c == '.') continue;
      if (out.digits.empty() && c == '0') {
        ++leading_zeros;
      } else {
        out.digits += c;
      }
    }
    if (out.digits.empty()) {
      out.digits.push_back('0');
      out.decpt = 1;
      return out;
    }
    out.decpt = int_len - leading_zeros;
  } else {
    if (mode == 0) {
      res = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
    } else {
      int prec =
          static_cast<int>(std::min<int64_t>(std::max<int64_t>(ndigits, 1), kMaxSignificant)) - 1;
      res = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific, prec);
    }
    std::string_view text(buf, static_cast<size_t>(res.ptr - buf));
    size_t e = text.find('e');
    for (char c : text.substr(0, e))
      if (c != '.') out.digits += c;
    std::string_view exponent = text.substr(e + 1);
    if (!exponent.empty() && exponent[0] == '+') exponent.remove_prefix(1);
    int exp10 = 0;
    std::from_chars(exponent.data(), exponent.data() + exponent.size(), exp10);
    out.decpt = exp10 + 1;
  }
  size_t last = out.digits.find_last_not_of('0');
  out.digits.erase(last == std::string::npos ? 1 : last + 1);
  if (out.digits == "0") out.decpt = 1;
  return out;
}

}  // namespace

// CPython's format_float_short.
std::string format_double(double d, char code, int64_t precision, unsigned flags) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  char lower_code = static_cast<char>(upper ? code + ('a' - 'A') : code);
  std::string out;
  if (std::isnan(d)) {
    if (flags & kDtsfSign) out += '+';
    out += upper ? "NAN" : "nan";
    return out;
  }
  if (std::isinf(d)) {
    if (d < 0) {
      out += '-';
    } else if (flags & kDtsfSign) {
      out += '+';
    }
    out += upper ? "INF" : "inf";
    return out;
  }
  int mode = 0;
  switch (lower_code) {
    case 'e':
      mode = 2;
      ++precision;
      break;
    case 'f':
      mode = 3;
      break;
    case 'g':
      mode = 2;
      if (precision == 0) precision = 1;
      break;
    default:
      mode = 0;
      break;  // 'r'
  }
  Digits dg = double_digits(d, mode, precision);
  bool negative = dg.negative;
  if ((flags & kDtsfNoNegZero) && dg.digits == "0") negative = false;
  bool alt = flags & kDtsfAlt;
  bool add_dot_0 = flags & kDtsfAddDot0;
  auto digits_len = static_cast<int64_t>(dg.digits.size());
  int64_t decpt = dg.decpt;
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  switch (lower_code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    vdigits_end = std::max(vdigits_end, decpt + 1);
  } else {
    vdigits_end = std::max(vdigits_end, decpt);
  }
  if (vdigits_end - vdigits_start > kMaxFormatOutput) raise_memory_error();

  if (negative) {
    out += '-';
  } else if (flags & kDtsfSign) {
    out += '+';
  }
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(dg.digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(dg.digits, static_cast<size_t>(decpt));
  } else {
    out += dg.digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c%+.02lld", upper ? 'E' : 'e', static_cast<long long>(exp));
    out += buf;
  }
  return out;
}

}  // namespace gilt
