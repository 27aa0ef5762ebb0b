// The format-spec mini-language ("[[fill]align][sign][z][#][0][width][grouping][.precision]
// [type]") for int, bool, float and str, as CPython 3.11's formatter_unicode.c: used by
// format(), f-strings and str.format. Other objects accept only the empty spec (→ str(v)).
#pragma once

#include <string>
#include <string_view>

#include "runtime/value.hpp"

namespace gilt {

// format(v, spec): a str Value. ValueError with CPython's messages ("Unknown format code 'd'
// for object of type 'str'"), TypeError "unsupported format string passed to list.__format__".
Value format_value(const Value& v, std::string_view spec);

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
