// str's case conversions (upper, lower, title, capitalize, swapcase, casefold) and character
// class predicates (isdigit, isalpha, isidentifier...), Unicode-aware via unicode.hpp.
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/str_impl.hpp"
#include "runtime/unicode.hpp"

namespace gilt {

namespace {

using sv = std::string_view;
constexpr uint32_t kCapitalSigma = 0x3A3;

const StrObject* no_arg_self(const CallArgs& a, const char* name, const char* qualname) {
  const StrObject* s = str_self(a, name);
  exact_args(a.shifted(), qualname, 0);
  return s;
}

// Σ lowers to final ς at the end of a word: after a cased letter and not before one, skipping
// case-ignorable characters (apostrophes, combining marks) on both sides, as CPython.
bool is_final_sigma(sv text, size_t start, size_t end) {
  size_t p = start;
  uint32_t before = 0;
  bool found = false;
  while (p > 0) {
    size_t q = p - 1;
    while (q > 0 && (static_cast<unsigned char>(text[q]) & 0xC0) == 0x80)
      --q;
    size_t r = q;
    before = utf8_decode(text, r);
    p = q;
    if (!unicode::is_case_ignorable(before)) {
      found = true;
      break;
    }
  }
  if (!found || !unicode::is_cased(before)) return false;
  for (size_t q = end; q < text.size();) {
    uint32_t after = utf8_decode(text, q);
    if (!unicode::is_case_ignorable(after)) return !unicode::is_cased(after);
  }
  return true;
}

void append_lower_at(std::string& out, sv text, size_t start, size_t end, uint32_t cp) {
  if (cp == kCapitalSigma && is_final_sigma(text, start, end)) {
    utf8_append(out, 0x3C2);
  } else {
    unicode::append_lower(out, cp);
  }
}

// Applies `fn(out, cp, start, end)` to each code point; ASCII text takes a byte loop.
template <class F>
Value map_chars(const StrObject* s, F&& fn) {
  sv text = s->view();
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    uint32_t cp = utf8_decode(text, pos);
    fn(out, cp, start, pos);
  }
  return new_str(std::move(out));
}

Value str_upper(const CallArgs& a) {
  const StrObject* s = no_arg_self(a, "upper", "str.upper");
  if (s->ascii) {
    std::string out(s->data);
    for (char& c : out)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return new_str(std::move(out));
  }
  return map_chars(
      s, [](std::string& out, uint32_t cp, size_t, size_t) { unicode::append_upper(out, cp); });
}

Value str_lower(const CallArgs& a) {
  const StrObject* s = no_arg_self(a, "lower", "str.lower");
  if (s->ascii) {
    std::string out(s->data);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return new_str(std::move(out));
  }
  sv text = s->view();
  return map_chars(s, [&](std::string& out, uint32_t cp, size_t start, size_t end) {
    append_lower_at(out, text, start, end, cp);
  });
}

Value str_casefold(const CallArgs& a) {
  const StrObject* s = no_arg_self(a, "casefold", "str.casefold");
  return map_chars(
      s, [](std::string& out, uint32_t cp, size_t, size_t) { unicode::append_casefold(out, cp); });
}

Value str_swapcase(const CallArgs& a) {
  const StrObject* s = no_arg_self(a, "swapcase", "str.swapcase");
  sv text = s->view();
  return map_chars(s, [&](std::string& out, uint32_t cp, size_t start, size_t end) {
    if (unicode::is_upper(cp)) {
      append_lower_at(out, text, start, end, cp);
    } else if (unicode::is_lower(cp)) {
      unicode::append_upper(out, cp);
    } else {
      utf8_append(out, cp);
    }
  });
}

Value str_title(const CallArgs& a) {
  const StrObject* s = no_arg_self(a, "title", "str.title");
  sv text = s->view();
  bool previous_cased = false;
  return map_chars(s, [&](std::string& out, uint32_t cp, size_t start, size_t end) {
    if (previous_cased) {
      append_lower_at(out, text, start, end, cp);
    } else {
      unicode::append_title(out, cp);
    }
    previous_cased = unicode::is_cased(cp);
  });
}

Value str_capitalize(const CallArgs& a) {
  const StrObject* s = no_arg_self(a, "capitalize", "str.capitalize");
  sv text = s->view();
  return map_chars(s, [&](std::string& out, uint32_t cp, size_t start, size_t end) {
    if (start == 0) {
      unicode::append_title(out, cp);
    } else {
      append_lower_at(out, text, start, end, cp);
    }
  });
}

// --- predicates ---

// True when the string is non-empty and every code point passes `test`.
template <class F>
Value all_chars(const CallArgs& a, const char* name, const char* qualname, F&& test) {
  const StrObject* s = no_arg_self(a, name, qualname);
  sv text = s->view();
  if (text.empty()) return Value::boolean(false);
  for (size_t pos = 0; pos < text.size();)
    if (!test(utf8_decode(text, pos))) return Value::boolean(false);
  return Value::boolean(true);
}

Value str_isalpha(const CallArgs& a) {
  return all_chars(a, "isalpha", "str.isalpha", unicode::is_alpha);
}
Value str_isdigit(const CallArgs& a) {
  return all_chars(a, "isdigit", "str.isdigit", unicode::is_digit);
}
Value str_isdecimal(const CallArgs& a) {
  return all_chars(a, "isdecimal", "str.isdecimal", unicode::is_decimal);
}
Value str_isnumeric(const CallArgs& a) {
  return all_chars(a, "isnumeric", "str.isnumeric", unicode::is_numeric);
}
Value str_isspace(const CallArgs& a) {
  return all_chars(a, "isspace", "str.isspace", unicode::is_space);
}
Value str_isalnum(const CallArgs& a) {
  return all_chars(a, "isalnum", "str.isalnum", [](uint32_t cp) {
    return unicode::is_alpha(cp) || unicode::is_decimal(cp) || unicode::is_digit(cp) ||
           unicode::is_numeric(cp);
  });
}

Value str_isascii(const CallArgs& a) {
  return Value::boolean(no_arg_self(a, "isascii", "str.isascii")->ascii);
}

Value str_isprintable(const CallArgs& a) {
  const StrObject* s = no_arg_self(a, "isprintable", "str.isprintable");
  sv text = s->view();
  for (size_t pos = 0; pos < text.size();)
    if (!unicode::is_printable(utf8_decode(text, pos))) return Value::boolean(false);
  return Value::boolean(true);
}

Value str_isidentifier(const CallArgs& a) {
  const StrObject* s = no_arg_self(a, "isidentifier", "str.isidentifier");
  sv text = s->view();
  if (text.empty()) return Value::boolean(false);
  size_t pos = 0;
  if (!unicode::is_xid_start(utf8_decode(text, pos))) return Value::boolean(false);
  while (pos < text.size())
    if (!unicode::is_xid_continue(utf8_decode(text, pos))) return Value::boolean(false);
  return Value::boolean(true);
}

Value str_isupper(const CallArgs& a) {
  const StrObject* s = no_arg_self(a, "isupper", "str.isupper");
  sv text = s->view();
  bool cased = false;
  for (size_t pos = 0; pos < text.size();) {
    uint32_t cp = utf8_decode(text, pos);
    if (unicode::is_lower(cp) || unicode::is_title(cp)) return Value::boolean(false);
    cased = cased || unicode::is_upper(cp);
  }
  return Value::boolean(cased);
}

Value str_islower(const CallArgs& a) {
  const StrObject* s = no_arg_self(a, "islower", "str.islower");
  sv text = s->view();
  bool cased = false;
  for (size_t pos = 0; pos < text.size();) {
    uint32_t cp = utf8_decode(text, pos);
    if (unicode::is_upper(cp) || unicode::is_title(cp)) return Value::boolean(false);
    cased = cased || unicode::is_lower(cp);
  }
  return Value::boolean(cased);
}

Value str_istitle(const CallArgs& a) {
  const StrObject* s = no_arg_self(a, "istitle", "str.istitle");
  sv text = s->view();
  bool cased = false, previous_cased = false;
  for (size_t pos = 0; pos < text.size();) {
    uint32_t cp = utf8_decode(text, pos);
    if (unicode::is_upper(cp) || unicode::is_title(cp)) {
      if (previous_cased) return Value::boolean(false);
      previous_cased = cased = true;
    } else if (unicode::is_lower(cp)) {
      if (!previous_cased) return Value::boolean(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::boolean(cased);
}

}  // namespace

void init_str_case_methods(TypeObject* t) {
  add_method(t, "upper", str_upper, "Return a copy of the string converted to uppercase.");
  add_method(t, "lower", str_lower, "Return a copy of the string converted to lowercase.");
  add_method(t, "casefold", str_casefold,
             "Return a version of the string suitable for caseless comparisons.");
  add_method(t, "swapcase", str_swapcase,
             "Convert uppercase characters to lowercase and lowercase characters to uppercase.");
  add_method(t, "title", str_title,
             "Return a version of the string where each word is titlecased.");
  add_method(t, "capitalize", str_capitalize, "Return a capitalized version of the string.");
  add_method(t, "isalpha", str_isalpha,
             "Return True if the string is an alphabetic string, False otherwise.");
  add_method(t, "isdigit", str_isdigit,
             "Return True if the string is a digit string, False otherwise.");
  add_method(t, "isdecimal", str_isdecimal,
             "Return True if the string is a decimal string, False otherwise.");
  add_method(t, "isnumeric", str_isnumeric,
             "Return True if the string is a numeric string, False otherwise.");
  add_method(t, "isspace", str_isspace,
             "Return True if the string is a whitespace string, False otherwise.");
  add_method(t, "isalnum", str_isalnum,
             "Return True if the string is an alpha-numeric string, False otherwise.");
  add_method(t, "isascii", str_isascii,
             "Return True if all characters in the string are ASCII, False otherwise.");
  add_method(t, "isprintable", str_isprintable,
             "Return True if the string is printable, False otherwise.");
  add_method(t, "isidentifier", str_isidentifier,
             "Return True if the string is a valid Python identifier, False otherwise.");
  add_method(t, "isupper", str_isupper,
             "Return True if the string is an uppercase string, False otherwise.");
  add_method(t, "islower", str_islower,
             "Return True if the string is a lowercase string, False otherwise.");
  add_method(t, "istitle", str_istitle,
             "Return True if the string is a title-cased string, False otherwise.");
}

}  // namespace gilt
