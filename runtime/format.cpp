// format(): CPython 3.11's formatter_unicode.c, for int, bool, float and str.
#include "runtime/format.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"

namespace gilt {

namespace {

constexpr int64_t kMaxOutput = int64_t{1} << 34;  // beyond this no allocation can succeed here

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
    std::string all;
    for (char c : text)
      if (c != '.') all += c;
    int64_t int_len = dot == std::string_view::npos ? static_cast<int64_t>(text.size())
                                                    : static_cast<int64_t>(dot);
    size_t lead = all.find_first_not_of('0');
    if (lead == std::string::npos) {
      out.digits = "0";
      out.decpt = 1;
      return out;
    }
    out.digits = all.substr(lead);
    out.decpt = int_len - static_cast<int64_t>(lead);
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
    out.decpt = std::atoi(std::string(text.substr(e + 1)).c_str()) + 1;
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
  if (vdigits_end - vdigits_start > kMaxOutput) raise_memory_error();

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

namespace {

// --- the parsed spec ---

struct Spec {
  uint32_t fill = ' ';
  char align = '>';
  bool fill_given = false, align_given = false;
  char sign = '\0';
  bool no_neg_0 = false;
  bool alternate = false;
  int64_t width = -1;
  char grouping = '\0';  // ',' or '_'
  int64_t precision = -1;
  char type = '\0';
};

bool is_align(uint32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}

[[noreturn]] void invalid_grouping(char grouping, char type) {
  raise_value_error(cat("Cannot specify '", grouping, "' with '", type, "'."));
}

// CPython's parse_internal_render_format_spec.
Spec parse_spec(std::string_view spec, const Value& v, char default_type, char default_align) {
  Spec s;
  s.align = default_align;
  s.type = default_type;
  std::vector<uint32_t> cps;
  for (size_t pos = 0; pos < spec.size();)
    cps.push_back(utf8_decode(spec, pos));
  size_t i = 0, n = cps.size();
  if (n >= 2 && is_align(cps[1])) {
    s.fill = cps[0];
    s.align = static_cast<char>(cps[1]);
    s.fill_given = s.align_given = true;
    i = 2;
  } else if (n >= 1 && is_align(cps[0])) {
    s.align = static_cast<char>(cps[0]);
    s.align_given = true;
    i = 1;
  }
  if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' '))
    s.sign = static_cast<char>(cps[i++]);
  if (i < n && cps[i] == 'z') {
    s.no_neg_0 = true;
    ++i;
  }
  if (i < n && cps[i] == '#') {
    s.alternate = true;
    ++i;
  }
  if (i < n && cps[i] == '0' && !s.fill_given) {
    s.fill = '0';
    if (!s.align_given && default_align == '>') s.align = '=';
    ++i;
  }
  auto read_number = [&](int64_t& out) {
    size_t start = i;
    int64_t value = 0;
    while (i < n && cps[i] >= '0' && cps[i] <= '9') {
      if (__builtin_mul_overflow(value, 10, &value) ||
          __builtin_add_overflow(value, static_cast<int64_t>(cps[i] - '0'), &value))
        raise_value_error("Too many decimal digits in format string");
      ++i;
    }
    if (i > start) out = value;
    return i > start;
  };
  read_number(s.width);
  if (i < n && cps[i] == ',') {
    s.grouping = ',';
    ++i;
  }
  if (i < n && cps[i] == '_') {
    if (s.grouping) raise_value_error("Cannot specify both ',' and '_'.");
    s.grouping = '_';
    ++i;
  }
  if (i < n && cps[i] == ',' && s.grouping == '_')
    raise_value_error("Cannot specify both ',' and '_'.");
  if (i < n && cps[i] == '.') {
    ++i;
    if (!read_number(s.precision)) raise_value_error("Format specifier missing precision");
  }
  if (n - i > 1) {
    raise_value_error(
        cat("Invalid format specifier '", spec, "' for object of type '", type_name(v), "'"));
  }
  if (n - i == 1) s.type = static_cast<char>(cps[i] < 128 ? cps[i] : '?');
  if (n - i == 1 && cps[i] >= 128) {
    std::string code;
    utf8_append(code, cps[i]);
    raise_value_error(
        cat("Unknown format code '", code, "' for object of type '", type_name(v), "'"));
  }
  if (s.grouping) {
    switch (s.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '\0':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (s.grouping == '_') break;
        [[fallthrough]];
      default:
        invalid_grouping(s.grouping, s.type);
    }
  }
  return s;
}

[[noreturn]] void unknown_code(char type, const Value& v) {
  raise_value_error(
      cat("Unknown format code '", type, "' for object of type '", type_name(v), "'"));
}

void append_fill(std::string& out, uint32_t fill, int64_t count) {
  if (count <= 0) return;
  if (count > kMaxOutput) raise_memory_error();
  if (fill < 0x80) {
    out.append(static_cast<size_t>(count), static_cast<char>(fill));
  } else {
    for (int64_t k = 0; k < count; ++k)
      utf8_append(out, fill);
  }
}

// CPython's _PyUnicode_InsertThousandsGrouping with zero padding to `min_width`.
std::string group_digits(std::string_view digits, char sep, int group, int64_t min_width) {
  std::string rev;  // built right to left
  auto remaining = static_cast<int64_t>(digits.size());
  bool use_sep = false;
  while (true) {
    int64_t l = std::max<int64_t>(std::max<int64_t>(remaining, min_width), 1);
    if (sep) l = std::min<int64_t>(group, l);
    int64_t zeros = std::max<int64_t>(0, l - remaining);
    int64_t chars = std::max<int64_t>(0, std::min(remaining, l));
    if (use_sep) rev += sep;
    for (int64_t k = 0; k < chars; ++k)
      rev += digits[static_cast<size_t>(remaining - 1 - k)];
    if (zeros > kMaxOutput) raise_memory_error();
    rev.append(static_cast<size_t>(zeros), '0');
    use_sep = true;
    remaining -= chars;
    min_width -= l;
    if (!sep || (remaining <= 0 && min_width <= 0)) break;
    min_width -= 1;
  }
  return std::string(rev.rbegin(), rev.rend());
}

// CPython's calc_number_widths + fill_number: sign, prefix, grouped integer digits, then the
// rest ("." fraction, exponent, "%"), padded to the width.
Value layout_number(const Spec& s, bool negative, std::string_view prefix, std::string_view digits,
                    std::string_view remainder, int group) {
  char sign = '\0';
  if (s.sign == '+') {
    sign = negative ? '-' : '+';
  } else if (s.sign == ' ') {
    sign = negative ? '-' : ' ';
  } else if (negative) {
    sign = '-';
  }
  int64_t non_digits =
      (sign ? 1 : 0) + static_cast<int64_t>(prefix.size() + utf8_length(remainder));
  int64_t min_width = s.fill == '0' && s.align == '=' ? s.width - non_digits : 0;
  std::string grouped =
      digits.empty() ? std::string() : group_digits(digits, s.grouping, group, min_width);
  int64_t padding = s.width - (non_digits + static_cast<int64_t>(utf8_length(grouped)));
  int64_t left = 0, middle = 0, right = 0;
  if (padding > 0) {
    switch (s.align) {
      case '<':
        right = padding;
        break;
      case '^':
        left = padding / 2;
        right = padding - left;
        break;
      case '=':
        middle = padding;
        break;
      default:
        left = padding;
        break;
    }
  }
  std::string out;
  append_fill(out, s.fill, left);
  if (sign) out += sign;
  out += prefix;
  append_fill(out, s.fill, middle);
  out += grouped;
  out += remainder;
  append_fill(out, s.fill, right);
  return make_str(out);
}

// --- str ---

Value format_str(const Value& v, const Spec& s) {
  if (s.type != 's') unknown_code(s.type, v);
  if (s.sign == ' ') raise_value_error("Space not allowed in string format specifier");
  if (s.sign) raise_value_error("Sign not allowed in string format specifier");
  if (s.no_neg_0)
    raise_value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (s.alternate) raise_value_error("Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') raise_value_error("'=' alignment not allowed in string format specifier");
  const StrObject* str = v.as<StrObject>();
  std::string_view text = str->view();
  int64_t len = str->length;
  if (s.precision >= 0 && s.precision < len) {
    text = text.substr(
        0, str->ascii ? static_cast<size_t>(s.precision) : utf8_offset(text, s.precision));
    len = s.precision;
  }
  if (s.width <= len && text.size() == str->data.size()) return v;
  int64_t padding = std::max<int64_t>(0, s.width - len);
  int64_t left = s.align == '>' ? padding : s.align == '^' ? padding / 2 : 0;
  std::string out;
  append_fill(out, s.fill, left);
  out += text;
  append_fill(out, s.fill, padding - left);
  return make_str(out);
}

// --- float (and int with a float presentation type) ---

Value format_float(double d, const Spec& s) {
  char type = s.type;
  int64_t precision = s.precision;
  unsigned flags = 0;
  if (s.alternate) flags |= kDtsfAlt;
  if (s.no_neg_0) flags |= kDtsfNoNegZero;
  int64_t default_precision = 6;
  if (type == '\0') {
    flags |= kDtsfAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = false;
  if (type == '%') {
    type = 'f';
    d *= 100;
    percent = true;
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  if (precision > 2147483647) raise_value_error("precision too big");
  std::string text = format_double(d, type, precision, flags);
  if (percent) text += '%';
  bool negative = !text.empty() && text[0] == '-';
  std::string_view body(text);
  if (negative) body.remove_prefix(1);
  size_t int_end = 0;
  while (int_end < body.size() && body[int_end] >= '0' && body[int_end] <= '9')
    ++int_end;
  return layout_number(s, negative, "", body.substr(0, int_end), body.substr(int_end), 3);
}

// --- int and bool ---

Value format_int(const Value& v, const Spec& s) {
  switch (s.type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return format_float(to_double(v), s);
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      break;
    default:
      unknown_code(s.type, v);
  }
  if (s.precision >= 0) raise_value_error("Precision not allowed in integer format specifier");
  if (s.no_neg_0)
    raise_value_error("Negative zero coercion (z) not allowed in integer format specifier");
  if (s.type == 'c') {
    if (s.sign) raise_value_error("Sign not allowed with integer format specifier 'c'");
    if (s.alternate)
      raise_value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    if (is_bigint(v)) raise_overflow_error("Python int too large to convert to C long");
    bool in_range = v.as_int() >= 0 && v.as_int() <= 0x10ffff;
    if (!in_range) raise_overflow_error("%c arg not in range(0x110000)");
    std::string ch;
    utf8_append(ch, static_cast<uint32_t>(v.as_int()));
    return layout_number(s, false, "", "", ch, 3);
  }
  int base = 10;
  const char* prefix = "";
  switch (s.type) {
    case 'b':
      base = 2;
      prefix = "0b";
      break;
    case 'o':
      base = 8;
      prefix = "0o";
      break;
    case 'x':
      base = 16;
      prefix = "0x";
      break;
    case 'X':
      base = 16;
      prefix = "0X";
      break;
    default:
      break;
  }
  std::string digits = int_to_string(v, base);
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  if (s.type == 'X')
    for (char& c : digits)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string_view pre = s.alternate && base != 10 ? std::string_view(prefix) : std::string_view();
  int group = base == 10 ? 3 : 4;
  return layout_number(s, negative, pre, digits, "", group);
}

}  // namespace

Value format_value(const Value& v, std::string_view spec) {
  if (spec.empty()) return to_str(v);
  if (is_int_value(v)) return format_int(v, parse_spec(spec, v, 'd', '>'));
  if (v.is_float()) {
    Spec s = parse_spec(spec, v, '\0', '>');
    switch (s.type) {
      case '\0':
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
      case 'n':
      case '%':
        return format_float(v.as_float(), s);
      default:
        unknown_code(s.type, v);
    }
  }
  if (is_str(v)) return format_str(v, parse_spec(spec, v, 's', '<'));
  raise_type_error(cat("unsupported format string passed to ", type_name(v), ".__format__"));
}

}  // namespace gilt
