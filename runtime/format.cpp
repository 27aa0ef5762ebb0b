// The format-spec mini-language for int, bool, float and str (CPython 3.11's
// formatter_unicode.c) and the __format__ protocol (PyObject_Format).
#include "runtime/format.hpp"

#include <cstdio>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/container_util.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/unicode.hpp"

namespace gilt {

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
  uint32_t type = 0;  // a code point: '\0' when absent and there is no default
};

bool is_align(uint32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}

// A presentation type as CPython's messages show it: 'd', or '\x65e5' outside printable ASCII.
std::string code_text(uint32_t type) {
  if (type > 32 && type < 128) return std::string(1, static_cast<char>(type));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", type);
  return buf;
}

[[noreturn]] void unknown_code(uint32_t type, const Value& v) {
  raise_value_error(
      cat("Unknown format code '", code_text(type), "' for object of type '", type_name(v), "'"));
}

// CPython's parse_internal_render_format_spec. Syntax characters are ASCII, so the spec is read
// as bytes; only the fill and the type may be any character.
Spec parse_spec(std::string_view spec, const Value& v, uint32_t default_type, char default_align) {
  Spec s;
  s.align = default_align;
  s.type = default_type;
  size_t i = 0, n = spec.size();
  if (n > 0) {
    size_t after_first = 0;
    uint32_t first = utf8_decode(spec, after_first);
    if (after_first < n && is_align(static_cast<unsigned char>(spec[after_first]))) {
      s.fill = first;
      s.align = spec[after_first];
      s.fill_given = s.align_given = true;
      i = after_first + 1;
    } else if (is_align(first)) {
      s.align = static_cast<char>(first);
      s.align_given = true;
      i = 1;
    }
  }
  if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) s.sign = spec[i++];
  if (i < n && spec[i] == 'z') {
    s.no_neg_0 = true;
    ++i;
  }
  if (i < n && spec[i] == '#') {
    s.alternate = true;
    ++i;
  }
  if (i < n && spec[i] == '0' && !s.fill_given) {
    s.fill = '0';
    if (!s.align_given && default_align == '>') s.align = '=';
    ++i;
  }
  // Any Unicode decimal digit counts, as in CPython's get_integer.
  auto read_number = [&](int64_t& out) {
    size_t start = i;
    int64_t value = 0;
    while (i < n) {
      size_t next = i;
      int digit = static_cast<unsigned char>(spec[i]) < 0x80
                      ? (spec[i] >= '0' && spec[i] <= '9' ? spec[i] - '0' : -1)
                      : unicode::decimal_value(utf8_decode(spec, next));
      if (digit < 0) break;
      if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, digit, &value))
        raise_value_error("Too many decimal digits in format string");
      i = next == i ? i + 1 : next;
    }
    if (i > start) out = value;
    return i > start;
  };
  read_number(s.width);
  if (i < n && spec[i] == ',') {
    s.grouping = ',';
    ++i;
  }
  if (i < n && spec[i] == '_') {
    if (s.grouping) raise_value_error("Cannot specify both ',' and '_'.");
    s.grouping = '_';
    ++i;
  }
  if (i < n && spec[i] == ',' && s.grouping == '_')
    raise_value_error("Cannot specify both ',' and '_'.");
  if (i < n && spec[i] == '.') {
    ++i;
    if (!read_number(s.precision)) raise_value_error("Format specifier missing precision");
  }
  if (i < n) {
    size_t end = i;
    s.type = utf8_decode(spec, end);
    if (end < n) {
      raise_value_error(
          cat("Invalid format specifier '", spec, "' for object of type '", type_name(v), "'"));
    }
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
        raise_value_error(cat("Cannot specify '", s.grouping, "' with '", code_text(s.type), "'."));
    }
  }
  return s;
}

void append_fill(std::string& out, uint32_t fill, int64_t count) {
  if (count <= 0) return;
  if (count > kMaxFormatOutput) raise_memory_error();
  if (fill < 0x80) {
    out.append(static_cast<size_t>(count), static_cast<char>(fill));
    return;
  }
  std::string one;
  utf8_append(one, fill);
  out.reserve(out.size() + one.size() * static_cast<size_t>(count));
  for (int64_t k = 0; k < count; ++k)
    out += one;
}

// CPython's _PyUnicode_InsertThousandsGrouping: `digits` zero-padded on the left until the
// grouped text is at least `min_width` long, with `sep` (if any) every `group` digits.
void append_grouped(std::string& out, std::string_view digits, char sep, int group,
                    int64_t min_width) {
  auto n = static_cast<int64_t>(digits.size());
  if (!sep) {
    int64_t total = std::max<int64_t>(std::max<int64_t>(n, min_width), 1);
    append_fill(out, '0', total - n);
    out += digits;
    return;
  }
  // How many digit positions (real and padding) CPython's right-to-left loop writes.
  int64_t padded = 0, remaining = n;
  while (true) {
    int64_t l = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, min_width), 1));
    padded += l;
    remaining -= std::min(remaining, l);
    min_width -= l;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;  // the separator
  }
  if (padded > kMaxFormatOutput) raise_memory_error();
  int64_t zeros = padded - n;
  out.reserve(out.size() + static_cast<size_t>(padded + padded / group));
  int64_t first = padded % group == 0 ? group : padded % group;
  for (int64_t k = 0; k < padded; ++k) {
    if (k > 0 && (k - first) % group == 0) out += sep;
    out += k < zeros ? '0' : digits[static_cast<size_t>(k - zeros)];
  }
}

// CPython's calc_number_widths + fill_number: sign, prefix, grouped integer digits, then the
// rest ("." fraction, exponent, "%", or a 'c' character), padded to the width.
void append_number(std::string& out, const Spec& s, bool negative, std::string_view prefix,
                   std::string_view digits, std::string_view remainder, int group) {
  char sign = negative ? '-' : s.sign == '+' ? '+' : s.sign == ' ' ? ' ' : '\0';
  int64_t non_digits =
      (sign ? 1 : 0) + static_cast<int64_t>(prefix.size() + utf8_length(remainder));
  int64_t min_width = s.fill == '0' && s.align == '=' ? s.width - non_digits : 0;
  // The digits are laid out first in a scratch buffer only when padding must precede them.
  int64_t digit_chars = 0;
  std::string grouped;
  if (!digits.empty()) {
    append_grouped(grouped, digits, s.grouping, group, min_width);
    digit_chars = static_cast<int64_t>(grouped.size());
  }
  int64_t padding = s.width - (non_digits + digit_chars);
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
  append_fill(out, s.fill, left);
  if (sign) out += sign;
  out += prefix;
  append_fill(out, s.fill, middle);
  out += grouped;
  out += remainder;
  append_fill(out, s.fill, right);
}

// --- str ---

void check_str_spec(const Spec& s, const Value& v) {
  if (s.type != 's') unknown_code(s.type, v);
  if (s.sign == ' ') raise_value_error("Space not allowed in string format specifier");
  if (s.sign) raise_value_error("Sign not allowed in string format specifier");
  if (s.no_neg_0)
    raise_value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (s.alternate) raise_value_error("Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') raise_value_error("'=' alignment not allowed in string format specifier");
}

void append_str(std::string& out, const StrObject* str, const Spec& s) {
  std::string_view text = str->view();
  int64_t len = str->length;
  if (s.precision >= 0 && s.precision < len) {
    text = text.substr(
        0, str->ascii ? static_cast<size_t>(s.precision) : utf8_offset(text, s.precision));
    len = s.precision;
  }
  int64_t padding = std::max<int64_t>(0, s.width - len);
  int64_t left = s.align == '>' ? padding : s.align == '^' ? padding / 2 : 0;
  append_fill(out, s.fill, left);
  out += text;
  append_fill(out, s.fill, padding - left);
}

// --- float (and int with a float presentation type) ---

void append_float(std::string& out, double d, const Spec& s) {
  char type = static_cast<char>(s.type);
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
  append_number(out, s, negative, "", body.substr(0, int_end), body.substr(int_end), 3);
}

bool is_float_type(uint32_t type) {
  switch (type) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return true;
    default:
      return false;
  }
}

// --- int and bool ---

void append_int(std::string& out, const Value& v, const Spec& s) {
  if (is_float_type(s.type)) return append_float(out, to_double(v), s);
  switch (s.type) {
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
    return append_number(out, s, false, "", "", ch, 3);
  }
  int base = 10;
  std::string_view prefix;
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
  std::string_view body(digits);
  if (negative) body.remove_prefix(1);
  if (s.type == 'X')
    for (char& c : digits)
      if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
  append_number(out, s, negative, s.alternate ? prefix : std::string_view(), body, "",
                base == 10 ? 3 : 4);
}

// Appends format(v, spec) for int, bool, float and str (a non-empty spec); false for any other
// value.
bool append_builtin(std::string& out, const Value& v, std::string_view spec) {
  if (is_int_value(v)) {
    append_int(out, v, parse_spec(spec, v, 'd', '>'));
    return true;
  }
  if (v.is_float()) {
    Spec s = parse_spec(spec, v, '\0', '>');
    if (s.type != '\0' && s.type != 'n' && !is_float_type(s.type)) unknown_code(s.type, v);
    append_float(out, v.as_float(), s);
    return true;
  }
  if (is_str(v)) {
    Spec s = parse_spec(spec, v, 's', '<');
    check_str_spec(s, v);
    append_str(out, v.as<StrObject>(), s);
    return true;
  }
  return false;
}

[[noreturn]] void unsupported_spec(const Value& v) {
  raise_type_error(cat("unsupported format string passed to ", type_name(v), ".__format__"));
}

// The values whose formatting no class can change: their types are built in and immutable.
bool is_builtin_format_value(const Value& v) {
  return v.is_int() || v.is_bool() || v.is_float() || is_bigint(v) || is_exact(v, str_type);
}

// --- __format__ methods ---

// int.__format__, float.__format__ and str.__format__: the method stays in the type's dict, so
// a subclass that does not override __format__ formats as its base.
Value format_method(const CallArgs& a, TypeObject* owner) {
  CallArgs rest = containers::method_args(a, owner, "__format__");
  if (rest.nkw) raise_type_error(cat(owner->name, ".__format__() takes no keyword arguments"));
  if (rest.nargs != 1) {
    raise_type_error(
        cat(owner->name, ".__format__() takes exactly one argument (", rest.nargs, " given)"));
  }
  if (!is_str(rest[0]))
    raise_type_error(cat("__format__() argument must be str, not ", type_name(rest[0])));
  return format_value(a[0], rest[0].as<StrObject>()->view());
}

Value int_format_method(const CallArgs& a) {
  return format_method(a, int_type);
}
Value float_format_method(const CallArgs& a) {
  return format_method(a, float_type);
}
Value str_format_method(const CallArgs& a) {
  return format_method(a, str_type);
}

// object.__format__ as found in object's dict at start-up: recognised by identity so that
// values without their own __format__ skip a call.
const Object* object_format_function = nullptr;

bool is_builtin_formatter(const Value& method) {
  if (!method.is_obj()) return false;
  if (method.as_obj() == object_format_function) return true;
  if (method.as_obj()->type != builtin_function_type) return false;
  NativeFn fn = method.as<NativeFunctionObject>()->fn;
  return fn == int_format_method || fn == float_format_method || fn == str_format_method;
}

StrObject* format_name() {
  static StrObject* const name = intern("__format__");
  return name;
}

// type(v).__format__(v, spec) for a value with a user-defined __format__, or Null when the
// built-in formatting applies.
Value call_user_format(const Value& v, const Value* spec, std::string_view spec_text) {
  TypeObject* t = type_of(v);
  Value method = t->lookup(format_name());
  if (method.is_null()) raise_type_error(cat("Type ", t->name, " doesn't define __format__"));
  if (is_builtin_formatter(method)) return Value();
  Value spec_value = spec ? *spec : make_str(spec_text);
  bool plain = method.is_obj() && (method.as_obj()->type == function_type ||
                                   method.as_obj()->type == builtin_function_type);
  Value result =
      plain ? call(method, {v, spec_value}) : call(bind_attribute(method, v), {spec_value});
  if (!is_str(result))
    raise_type_error(cat("__format__ must return a str, not ", type_name(result)));
  return result;
}

}  // namespace

Value format_value(const Value& v, std::string_view spec) {
  if (spec.empty()) return to_str(v);
  if (is_str(v)) {
    // Unchanged text is returned as is, without a copy.
    const StrObject* str = v.as<StrObject>();
    Spec s = parse_spec(spec, v, 's', '<');
    check_str_spec(s, v);
    bool whole = s.precision < 0 || s.precision >= str->length;
    if (whole && s.width <= str->length && is_exact(v, str_type)) return v;
    std::string out;
    append_str(out, str, s);
    return make_str(out);
  }
  std::string out;
  if (!append_builtin(out, v, spec)) unsupported_spec(v);
  return make_str(out);
}

Value format_object(const Value& v, const Value& spec) {
  std::string_view text = spec.as<StrObject>()->view();
  if (!is_builtin_format_value(v)) {
    Value result = call_user_format(v, &spec, text);
    if (!result.is_null()) return result;
  }
  return format_value(v, text);
}

void append_format_object(std::string& out, const Value& v, std::string_view spec) {
  if (!is_builtin_format_value(v)) {
    Value result = call_user_format(v, nullptr, spec);
    if (!result.is_null()) {
      out += result.as<StrObject>()->view();
      return;
    }
  }
  if (spec.empty()) {
    if (is_str(v)) {
      out += v.as<StrObject>()->view();
    } else {
      out += str_utf8(v);
    }
    return;
  }
  if (!append_builtin(out, v, spec)) unsupported_spec(v);
}

Value ascii_repr(const Value& v) {
  // builtins.ascii owns the escaping rules.
  Value ascii = runtime->builtins->get_str(intern("ascii"));
  if (ascii.is_null()) raise(exc_SystemError, "builtins.ascii is missing");
  return call(ascii, {v});
}

void init_format_methods() {
  object_format_function = object_type->lookup(format_name()).as_obj();
  add_method(int_type, "__format__", int_format_method,
             "Convert to a string according to format_spec.");
  add_method(float_type, "__format__", float_format_method,
             "Formats the float according to format_spec.");
  add_method(str_type, "__format__", str_format_method,
             "Return a formatted version of the string as described by format_spec.");
  init_str_format_methods();
}

}  // namespace gilt
