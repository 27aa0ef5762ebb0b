// str.format and str.format_map: CPython 3.11's unicode_format.h. Replacement fields with
// automatic or manual numbering, keyword names, attribute and index access ("{0.real}",
// "{d[key]}"), conversions (!r !s !a) and replacement fields nested in the format spec.
// Every syntax character is ASCII, so the template is scanned as UTF-8 bytes.
#include <cstdio>

#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/format.hpp"
#include "runtime/function.hpp"
#include "runtime/str.hpp"
#include "runtime/str_impl.hpp"
#include "runtime/unicode.hpp"

namespace gilt {

namespace {

using sv = std::string_view;

// CPython's get_integer: the value of a field name made only of decimal digits, else -1.
int64_t field_integer(sv text) {
  if (text.empty()) return -1;
  int64_t value = 0;
  for (size_t pos = 0; pos < text.size();) {
    int digit = unicode::decimal_value(utf8_decode(text, pos));
    if (digit < 0) return -1;
    if (value > (INT64_MAX - digit) / 10)
      raise_value_error("Too many decimal digits in format string");
    value = value * 10 + digit;
  }
  return value;
}

// One replacement field: "{name!conversion:spec}".
struct Field {
  sv name;
  uint32_t conversion = 0;  // 0 when absent
  sv spec;
  bool spec_has_fields = false;  // the spec holds replacement fields of its own
};

// CPython's parse_field: reads from just after the '{' to just after the matching '}'.
Field parse_field(sv s, size_t& pos) {
  Field f;
  size_t n = s.size(), start = pos;
  char c = 0;
  while (pos < n) {
    c = s[pos++];
    if (c == '{') raise_value_error("unexpected '{' in field name");
    if (c == '[') {
      while (pos < n && s[pos] != ']')
        ++pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  f.name = s.substr(start, pos - 1 - start);
  if (c != '!' && c != ':') {
    if (c != '}') raise_value_error("expected '}' before end of string");
    return f;
  }
  if (c == '!') {
    if (pos >= n) raise_value_error("end of string while looking for conversion specifier");
    f.conversion = utf8_decode(s, pos);
    if (pos < n) {
      c = s[pos++];
      if (c == '}') return f;
      if (c != ':') raise_value_error("expected ':' after conversion specifier");
    }
  }
  size_t spec_start = pos;
  int depth = 1;
  while (pos < n) {
    c = s[pos++];
    if (c == '{') {
      f.spec_has_fields = true;
      ++depth;
    } else if (c == '}' && --depth == 0) {
      f.spec = s.substr(spec_start, pos - 1 - spec_start);
      return f;
    }
  }
  raise_value_error("unmatched '{' in format spec");
}

Value convert(const Value& v, uint32_t conversion) {
  switch (conversion) {
    case 'r':
      return repr(v);
    case 's':
      return to_str(v);
    case 'a':
      return ascii_repr(v);
    default:
      break;
  }
  if (conversion > 32 && conversion < 127) {
    raise_value_error(cat("Unknown conversion specifier ", static_cast<char>(conversion)));
  }
  char hex[16];
  std::snprintf(hex, sizeof hex, "%x", conversion);
  raise_value_error(cat("Unknown conversion specifier \\x", hex));
}

class Formatter {
 public:
  // str.format(*args, **kwargs): `a` is the method's arguments, self first.
  explicit Formatter(const CallArgs& a)
      : positional_(a.args + 1), npositional_(a.nargs - 1), keywords_(&a) {}
  // str.format_map(mapping): names only.
  explicit Formatter(const Value& mapping) : mapping_(&mapping) {}

  // CPython's build_string: `depth` 2 for the template, 1 inside a spec, 0 is too deep.
  void build(std::string& out, sv s, int depth) {
    if (depth <= 0) raise_value_error("Max string recursion exceeded");
    size_t pos = 0, n = s.size();
    while (pos < n) {
      size_t start = pos;
      char c = 0;
      bool markup = false;
      while (pos < n) {
        c = s[pos++];
        if (c == '{' || c == '}') {
          markup = true;
          break;
        }
      }
      bool at_end = pos >= n;
      size_t len = pos - start;
      if (markup && c == '}' && (at_end || s[pos] != '}'))
        raise_value_error("Single '}' encountered in format string");
      if (markup && at_end) raise_value_error("Single '{' encountered in format string");
      if (markup) {
        if (s[pos] == c) {
          ++pos;  // "{{" or "}}": the first brace is literal text
          markup = false;
        } else {
          --len;
        }
      }
      out.append(s.data() + start, len);
      if (markup) render(out, parse_field(s, pos), depth);
    }
  }

 private:
  void render(std::string& out, const Field& f, int depth) {
    Value obj = field_value(f.name);
    if (f.conversion) obj = convert(obj, f.conversion);
    if (!f.spec_has_fields) return append_format_object(out, obj, f.spec);
    std::string spec;
    build(spec, f.spec, depth - 1);
    append_format_object(out, obj, spec);
  }

  // CPython's get_field_object: the first part names an argument, then ".attr" and "[key]".
  Value field_value(sv name) {
    size_t i = 0, n = name.size();
    while (i < n && name[i] != '.' && name[i] != '[')
      ++i;
    sv first = name.substr(0, i);
    int64_t index = field_integer(first);
    if (first.empty() || index != -1) index = number_field(first.empty(), index);
    Value obj = index == -1 ? named_value(first) : positional_value(index);
    while (i < n) {
      char c = name[i++];
      if (c != '.' && c != '[')
        raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
      size_t start = i;
      if (c == '.') {
        while (i < n && name[i] != '.' && name[i] != '[')
          ++i;
      } else {
        while (i < n && name[i] != ']')
          ++i;
        if (i >= n) raise_value_error("Missing ']' in format string");
      }
      sv part = name.substr(start, i - start);
      if (c == '[') ++i;
      int64_t key_index = c == '[' ? field_integer(part) : -1;
      if (part.empty()) raise_value_error("Empty attribute in format string");
      if (c == '.') {
        obj = get_attr(obj, intern(part));
      } else if (key_index >= 0) {
        obj = get_item(obj, Value::integer(key_index));
      } else {
        obj = get_item(obj, make_str(part));
      }
    }
    return obj;
  }

  // "{}" takes the next argument; "{0}" names one; a template may not mix the two.
  int64_t number_field(bool automatic, int64_t index) {
    if (numbering_ == Numbering::Unset)
      numbering_ = automatic ? Numbering::Automatic : Numbering::Manual;
    if (numbering_ == Numbering::Manual && automatic) {
      raise_value_error(
          "cannot switch from manual field specification to automatic field numbering");
    }
    if (numbering_ == Numbering::Automatic && !automatic) {
      raise_value_error(
          "cannot switch from automatic field numbering to manual field specification");
    }
    return automatic ? next_index_++ : index;
  }

  Value named_value(sv key) {
    if (mapping_) return get_item(*mapping_, make_str(key));
    for (size_t k = 0; k < keywords_->nkw; ++k) {
      if (keywords_->kwname(k)->view() == key) return keywords_->kwvalue(k);
    }
    raise_key_error(make_str(key));
  }

  Value positional_value(int64_t index) {
    if (mapping_) raise_value_error("Format string contains positional fields");
    if (static_cast<uint64_t>(index) >= npositional_) {
      raise_index_error(
          cat("Replacement index ", index, " out of range for positional args tuple"));
    }
    return positional_[index];
  }

  enum class Numbering { Unset, Automatic, Manual };

  const Value* positional_ = nullptr;
  size_t npositional_ = 0;
  const CallArgs* keywords_ = nullptr;
  const Value* mapping_ = nullptr;
  Numbering numbering_ = Numbering::Unset;
  int64_t next_index_ = 0;
};

Value formatted(std::string&& out) {
  return Value(new_str(std::move(out)));
}

Value str_format(const CallArgs& a) {
  sv text = str_self(a, "format")->view();
  std::string out;
  out.reserve(text.size() + 16);
  Formatter(a).build(out, text, 2);
  return formatted(std::move(out));
}

Value str_format_map(const CallArgs& a) {
  str_self(a, "format_map");
  if (a.nkw) raise_type_error("str.format_map() takes no keyword arguments");
  if (a.nargs != 2) {
    raise_type_error(cat("str.format_map() takes exactly one argument (", a.nargs - 1, " given)"));
  }
  sv text = a[0].as<StrObject>()->view();
  std::string out;
  out.reserve(text.size() + 16);
  Formatter(a[1]).build(out, text, 2);
  return formatted(std::move(out));
}

}  // namespace

void init_str_format_methods() {
  add_method(str_type, "format", str_format,
             "S.format(*args, **kwargs) -> str\n\n"
             "Return a formatted version of S, using substitutions from args and kwargs.\n"
             "The substitutions are identified by braces ('{' and '}').");
  add_method(str_type, "format_map", str_format_map,
             "S.format_map(mapping) -> str\n\n"
             "Return a formatted version of S, using substitutions from mapping.\n"
             "The substitutions are identified by braces ('{' and '}').");
}

}  // namespace gilt
