// float: an inline double. Formatting and the arithmetic shared by the VM and builtins.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.hpp"

namespace gilt {

// repr(float) as CPython: the shortest round-trip digits, "1e+16", "1e-05", "inf", "nan", "-0.0".
std::string float_repr(double d);
// float() text parsing (whitespace, underscores, inf/nan/infinity in any case); false on error.
bool parse_float(std::string_view text, double& out);
// Converts int or float (or bool) to double; OverflowError "int too large to convert to float".
double to_double(const Value& v);
bool is_number(const Value& v);  // bool, int, big int, float

Value float_binary(BinOp op, double a,
                   double b);  // ZeroDivisionError "float division by zero" etc.

}  // namespace gilt
