// String formatting: the format-spec mini-language ("[[fill]align][sign][z][#][0][width]
// [grouping][.precision][type]") for int, bool, float and str as CPython 3.11's
// formatter_unicode.c, the __format__ protocol (format(), f-strings, str.format), str.format /
// str.format_map (str_format.cpp) and printf-style `str % args` (str_percent.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/value.hpp"

namespace gilt {

struct TypeObject;

// Padding or digits beyond this many bytes cannot be allocated: MemoryError, as CPython's.
constexpr int64_t kMaxFormatOutput = int64_t{1} << 34;

// The built-in formatting of int, bool, float and str (any spec), and object.__format__ for
// every other value (the empty spec means str(v); anything else is TypeError "unsupported format
// string passed to list.__format__"). Never calls a user __format__. ValueError with CPython's
// messages ("Unknown format code 'd' for object of type 'str'").
Value format_value(const Value& v, std::string_view spec);

// CPython's PyObject_Format: format(v, spec). Built-in values are formatted directly; any other
// value goes through type(v).__format__(v, spec), whose result must be a str ("__format__ must
// return a str, not int"). `spec` must be a str.
Value format_object(const Value& v, const Value& spec);
// The same, appending the text to `out` (no intermediate str for built-in values).
void append_format_object(std::string& out, const Value& v, std::string_view spec);

// ascii(v): repr(v) with non-ASCII characters escaped (the `!a` conversion, `%a`).
Value ascii_repr(const Value& v);

// `format % args` for a str `format` (CPython's PyUnicode_Format).
Value percent_format(const Value& format, const Value& args);

// Adds str.format, str.format_map and the __format__ methods of int, float and str (after
// object's and str's own methods exist).
void init_format_methods();
void init_str_format_methods();  // str_format.cpp: str.format and str.format_map

// CPython's PyOS_double_to_string: `code` is one of 'e' 'E' 'f' 'F' 'g' 'G' 'r' (repr's
// shortest round-trip digits; precision ignored); flags as below. Infinity and NaN are
// "inf"/"nan" ("INF"/"NAN" for upper-case codes).
enum DoubleFormatFlags : unsigned {
  kDtsfSign = 1,       // always write a sign
  kDtsfAddDot0 = 2,    // "1.0" rather than "1" when there is no exponent
  kDtsfAlt = 4,        // '#': keep the point and trailing zeros
  kDtsfNoNegZero = 8,  // 'z': "-0.0" becomes "0.0"
};
std::string format_double(double d, char code, int64_t precision, unsigned flags);

}  // namespace gilt
