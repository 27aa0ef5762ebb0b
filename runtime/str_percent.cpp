// printf-style formatting, `format % args` for str: CPython 3.11's PyUnicode_Format. The
// conversion specifiers are ASCII, so the template is scanned as UTF-8 bytes; only messages
// need code points ("unsupported format character 'y' (0x79) at index 1").
#include <climits>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/format.hpp"
#include "runtime/int.hpp"
#include "runtime/number.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace {

using sv = std::string_view;

constexpr unsigned kLeft = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16;

// One conversion specifier: "%(key)-+ #0width.precision[hlL]type".
struct Spec {
  char type = 0;
  unsigned flags = 0;
  int64_t width = -1;
  int64_t precision = -1;
  bool sign = false;  // a numeric conversion: the text may start with a sign
};

bool is_text_type(char type) {
  return type == 's' || type == 'r' || type == 'a';
}

class PercentFormatter {
 public:
  PercentFormatter(sv format, const Value& args) : fmt_(format), args_(args) {
    if (is_tuple(args)) {
      arglen_ = static_cast<int64_t>(args.as<TupleObject>()->size());
      argidx_ = 0;
    }
    // CPython's PyMapping_Check: anything subscriptable that is neither a tuple nor a str.
    if (!is_tuple(args) && !is_str(args) && type_of(args)->getitem) mapping_ = &args;
  }

  Value run() {
    out_.reserve(fmt_.size() + 16);
    while (pos_ < fmt_.size()) {
      size_t percent = fmt_.find('%', pos_);
      if (percent == sv::npos) {
        out_.append(fmt_.substr(pos_));
        break;
      }
      out_.append(fmt_.substr(pos_, percent - pos_));
      pos_ = percent + 1;
      format_one();
    }
    if (argidx_ < arglen_ && !mapping_)
      raise_type_error("not all arguments converted during string formatting");
    return Value(new_str(std::move(out_)));
  }

 private:
  // The next template byte into `c`; false (and the template exhausted) at its end.
  bool read(char& c) {
    if (pos_ < fmt_.size()) {
      c = fmt_[pos_++];
      return true;
    }
    exhausted_ = true;
    return false;
  }

  Value next_arg() {
    if (argidx_ < arglen_) {
      int64_t index = argidx_++;
      return arglen_ < 0 ? args_ : args_.as<TupleObject>()->items[static_cast<size_t>(index)];
    }
    raise_type_error("not enough arguments for format string");
  }

  // "*": the width or precision from the arguments.
  int64_t star_arg() {
    Value v = next_arg();
    if (!is_int_value(v)) raise_type_error("* wants int");
    return index_to_int64(v);
  }

  // Everything after a '%'.
  void format_one() {
    if (pos_ < fmt_.size() && fmt_[pos_] == '%') {
      ++pos_;
      out_ += '%';
      return;
    }
    Spec spec = parse();
    convert(spec, next_arg());
    if (mapping_ && argidx_ < arglen_)
      raise_type_error("not all arguments converted during string formatting");
  }

  // CPython's unicode_format_arg_parse.
  Spec parse() {
    Spec spec;
    char c = 0;
    if (pos_ < fmt_.size() && fmt_[pos_] == '(') {
      if (!mapping_) raise_type_error("format requires a mapping");
      size_t key_start = ++pos_;
      int open = 1;
      while (open > 0 && read(c)) {
        if (c == ')') {
          --open;
        } else if (c == '(') {
          ++open;
        }
      }
      if (exhausted_ || open > 0) raise_value_error("incomplete format key");
      args_ = get_item(*mapping_, make_str(fmt_.substr(key_start, pos_ - key_start - 1)));
      arglen_ = -1;
      argidx_ = -2;
    }
    while (read(c)) {
      unsigned flag = c == '-'   ? kLeft
                      : c == '+' ? kSign
                      : c == ' ' ? kBlank
                      : c == '#' ? kAlt
                      : c == '0' ? kZero
                                 : 0u;
      if (!flag) break;
      spec.flags |= flag;
    }
    if (c == '*') {
      spec.width = star_arg();
      if (spec.width < 0) {
        if (spec.width == INT64_MIN) raise_memory_error();
        spec.flags |= kLeft;
        spec.width = -spec.width;
      }
      read(c);
    } else if (c >= '0' && c <= '9') {
      spec.width = c - '0';
      while (read(c) && c >= '0' && c <= '9') {
        if (spec.width > (INT64_MAX - (c - '0')) / 10) raise_value_error("width too big");
        spec.width = spec.width * 10 + (c - '0');
      }
    }
    if (c == '.') {
      spec.precision = 0;
      read(c);
      if (c == '*') {
        Value v = next_arg();
        if (!is_int_value(v)) raise_type_error("* wants int");
        if (is_bigint(v) || v.as_int() > INT_MAX || v.as_int() < INT_MIN)
          raise_overflow_error("Python int too large to convert to C int");
        spec.precision = std::max<int64_t>(0, v.as_int());
        read(c);
      } else if (c >= '0' && c <= '9') {
        spec.precision = c - '0';
        while (read(c) && c >= '0' && c <= '9') {
          if (spec.precision > (INT_MAX - (c - '0')) / 10) raise_value_error("precision too big");
          spec.precision = spec.precision * 10 + (c - '0');
        }
      }
    }
    if (!exhausted_ && (c == 'h' || c == 'l' || c == 'L')) read(c);
    if (exhausted_) raise_value_error("incomplete format");
    spec.type = c;
    return spec;
  }

  // CPython's unicode_format_arg_format: the text of one conversion, then its padding.
  void convert(Spec& spec, const Value& v) {
    switch (spec.type) {
      case 's':
      case 'r':
      case 'a': {
        if ((v.is_int() || is_bigint(v)) && spec.width == -1 && spec.precision == -1) {
          out_ += int_to_string(v);
          return;
        }
        if (spec.type == 's' && is_exact(v, str_type)) return pad(spec, v.as<StrObject>());
        Value text = spec.type == 's' ? to_str(v) : spec.type == 'r' ? repr(v) : ascii_repr(v);
        return pad(spec, text.as<StrObject>());
      }
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        spec.sign = true;
        std::string text = integer_text(spec, v);
        return pad(spec, text, static_cast<int64_t>(text.size()));
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        spec.sign = true;
        std::string text =
            format_double(real_arg(v), spec.type, spec.precision < 0 ? 6 : spec.precision,
                          spec.flags & kAlt ? unsigned{kDtsfAlt} : 0u);
        return pad(spec, text, static_cast<int64_t>(text.size()));
      }
      case 'c': {
        std::string text;
        utf8_append(text, char_arg(v));
        return pad(spec, text, 1);
      }
      default:
        unsupported_type();
    }
  }

  [[noreturn]] void unsupported_type() {
    size_t at = pos_ - 1;
    size_t after = at;
    uint32_t cp = utf8_decode(fmt_, after);
    char shown = cp >= 31 && cp <= 126 ? static_cast<char>(cp) : '?';
    char hex[16];
    std::snprintf(hex, sizeof hex, "%x", cp);
    raise_value_error(cat("unsupported format character '", shown, "' (0x", hex, ") at index ",
                          utf8_length(fmt_.substr(0, at))));
  }

  [[noreturn]] void wrong_number_type(const Value& v) {
    const char* wanted = spec_is_index_type() ? "an integer" : "a real number";
    raise_type_error(cat("%", last_type_, " format: ", wanted, " is required, not ", type_name(v)));
  }
  bool spec_is_index_type() const {
    return last_type_ == 'o' || last_type_ == 'x' || last_type_ == 'X';
  }

  // CPython's mainformatlong + _PyUnicode_FormatLong: sign, "0x"/"0X"/"0o" under '#', digits
  // zero-padded to the precision.
  std::string integer_text(const Spec& spec, const Value& v) {
    last_type_ = spec.type;
    Value number = v;
    if (v.is_float()) {
      if (spec_is_index_type()) wrong_number_type(v);
      number = float_to_int(v.as_float());
    } else if (!is_int_value(v)) {
      // int(v) for %d, operator.index(v) for %o %x %X; other failures name the format.
      Value converted;
      if (!spec_is_index_type()) converted = call_conversion(v, "__int__");
      if (converted.is_null()) converted = call_conversion(v, "__index__");
      if (!is_int_value(converted)) wrong_number_type(v);
      number = converted;
    }
    if (spec.precision > INT_MAX - 3) raise_overflow_error("precision too large");
    int base = spec.type == 'o' ? 8 : spec.type == 'x' || spec.type == 'X' ? 16 : 10;
    std::string digits = int_to_string(number, base);
    bool negative = digits[0] == '-';
    auto ndigits = static_cast<int64_t>(digits.size()) - negative;
    std::string text;
    text.reserve(static_cast<size_t>(std::max(ndigits, spec.precision)) + 3);
    if (negative) text += '-';
    if ((spec.flags & kAlt) && base != 10) {
      text += '0';
      text += spec.type;
    }
    if (spec.precision > ndigits) text.append(static_cast<size_t>(spec.precision - ndigits), '0');
    text.append(digits, negative ? 1 : 0);
    if (spec.type == 'X') {
      for (char& ch : text)
        if (ch >= 'a' && ch <= 'f') ch = static_cast<char>(ch - 'a' + 'A');
    }
    return text;
  }

  // type(v).<name>(v) for a conversion special method; Null when the type has none.
  static Value call_conversion(const Value& v, const char* name) {
    Value method = type_of(v)->lookup(intern(name));
    if (method.is_null()) return method;
    return call(bind_attribute(method, v), std::initializer_list<Value>{});
  }

  // CPython's PyFloat_AsDouble: float, int, then __float__ or __index__.
  static double real_arg(const Value& v) {
    if (is_number(v)) return to_double(v);
    Value result = call_conversion(v, "__float__");
    if (!result.is_null()) {
      if (!result.is_float()) {
        raise_type_error(
            cat(type_name(v), ".__float__ returned non-float (type ", type_name(result), ")"));
      }
      return result.as_float();
    }
    result = call_conversion(v, "__index__");
    if (result.is_null()) raise_type_error(cat("must be real number, not ", type_name(v)));
    if (!is_int_value(result)) {
      raise_type_error(cat("__index__ returned non-int (type ", type_name(result), ")"));
    }
    return to_double(result);
  }

  // CPython's formatchar: a one-character str or an int code point.
  static uint32_t char_arg(const Value& v) {
    if (is_str(v)) {
      const StrObject* s = v.as<StrObject>();
      if (s->length != 1) raise_type_error("%c requires int or char");
      size_t pos = 0;
      return utf8_decode(s->view(), pos);
    }
    Value number = is_int_value(v) ? v : call_conversion(v, "__index__");
    if (!is_int_value(number)) raise_type_error("%c requires int or char");
    if (is_bigint(number) || number.as_int() < 0 || number.as_int() > 0x10ffff)
      raise_overflow_error("%c arg not in range(0x110000)");
    return static_cast<uint32_t>(number.as_int());
  }
  void pad(const Spec& spec, const StrObject* s) { pad(spec, s->view(), s->length); }

  void append_fill(char fill, int64_t count) {
    if (count <= 0) return;
    if (count > kMaxFormatOutput) raise_memory_error();
    out_.append(static_cast<size_t>(count), fill);
  }

  // CPython's unicode_format_arg_output: precision truncates text, then sign, "0x" prefix and
  // fill are placed as C's printf does.
  void pad(const Spec& spec, sv text, int64_t len) {
    bool sign = spec.sign;
    char fill = sign && (spec.flags & kZero) ? '0' : ' ';
    if ((spec.width == -1 || spec.width <= len) &&
        (spec.precision == -1 || spec.precision >= len) && !(spec.flags & (kSign | kBlank))) {
      out_ += text;
      return;
    }
    if (is_text_type(spec.type) && spec.precision >= 0 && len > spec.precision) {
      text = text.substr(0, utf8_offset(text, spec.precision));
      len = spec.precision;
    }
    size_t start = 0;
    char sign_char = '\0';
    if (sign) {
      if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        sign_char = text[0];
        --len;
        start = 1;
      } else if (spec.flags & kSign) {
        sign_char = '+';
      } else if (spec.flags & kBlank) {
        sign_char = ' ';
      } else {
        sign = false;
      }
    }
    int64_t width = std::max(spec.width, len);
    if (sign) {
      if (fill != ' ') out_ += sign_char;
      if (width > len) --width;
    }
    bool prefix = (spec.flags & kAlt) && (spec.type == 'x' || spec.type == 'X' || spec.type == 'o');
    if (prefix) {
      if (fill != ' ') {
        out_.append(text.substr(start, 2));
        start += 2;
      }
      width = std::max<int64_t>(0, width - 2);
      len -= 2;
    }
    if (width > len && !(spec.flags & kLeft)) {
      append_fill(fill, width - len);
      width = len;
    }
    if (fill == ' ') {
      if (sign) out_ += sign_char;
      if (prefix) {
        out_.append(text.substr(start, 2));
        start += 2;
      }
    }
    out_.append(text.substr(start));
    append_fill(' ', width - len);
  }

  sv fmt_;
  size_t pos_ = 0;
  bool exhausted_ = false;
  Value args_;                         // the arguments, or the value of the last "%(key)"
  int64_t arglen_ = -1, argidx_ = -2;  // a single non-tuple argument: length -1
  const Value* mapping_ = nullptr;
  std::string out_;
  char last_type_ = 0;
};

}  // namespace

Value percent_format(const Value& format, const Value& args) {
  return PercentFormatter(format.as<StrObject>()->view(), args).run();
}

}  // namespace gilt
