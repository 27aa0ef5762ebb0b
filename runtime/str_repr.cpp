// repr() of str: CPython's unicode_repr quoting and escaping rules.
#include <cstdio>

#include "runtime/str.hpp"
#include "runtime/unicode.hpp"

namespace gilt {

std::string quote_str(std::string_view utf8) {
  // Single quotes unless the text has a single quote and no double quote.
  bool has_single = utf8.find('\'') != std::string_view::npos;
  bool has_double = utf8.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';

  std::string out;
  out.reserve(utf8.size() + 2);
  out += quote;
  char buf[12];
  for (size_t pos = 0; pos < utf8.size();) {
    size_t start = pos;
    uint32_t cp = utf8_decode(utf8, pos);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7f) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp < 0x7f || unicode::is_printable(cp)) {
      out.append(utf8, start, pos - start);
    } else {
      if (cp <= 0xff) {
        std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      } else if (cp <= 0xffff) {
        std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      }
      out += buf;
    }
  }
  out += quote;
  return out;
}

}  // namespace gilt
