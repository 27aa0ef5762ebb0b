// Numeric helpers shared by int, bool, float and the builtins: CPython's numeric hash (equal
// numbers hash equal across types), exact int/float comparison, correctly rounded int → float
// conversion and division, round(), divmod() and three-argument pow().
#pragma once

#include <cstdint>

#include "runtime/int.hpp"

namespace gilt {

// --- hashing (modulus 2**61 - 1, as CPython's sys.hash_info) ---
constexpr int64_t kHashModulus = (int64_t{1} << 61) - 1;
int64_t hash_int64(int64_t v);
int64_t hash_bigint(const BigInt& v);
int64_t hash_double(double d);

// --- conversions ---
// Correctly rounded (half to even); OverflowError "int too large to convert to float".
double bigint_to_double(const BigInt& v);
// The exact integer value of a finite double with no fractional part.
BigInt double_to_bigint(double d);
// int(x) for a float: truncates toward zero; OverflowError "cannot convert float infinity to
// integer", ValueError "cannot convert float NaN to integer".
Value float_to_int(double d);
// a / b for ints, correctly rounded; ZeroDivisionError "division by zero", OverflowError
// "integer division result too large for a float".
Value int_true_divide(const Value& a, const Value& b);
// The sys.get_int_max_str_digits() limit for str(int) and int(str) in base 10 (0 = none).
extern int64_t int_max_str_digits;

// --- comparison ---
// a op b for any two numbers (bool, int, big int, float), exactly: 2**64 > 1e19, 1 == 1.0, and
// every comparison with NaN false except !=.
bool compare_numbers(const Value& a, const Value& b, CmpOp op);

// --- builtins' helpers ---
// round(x) / round(x, ndigits) for int, bool and float (ndigits Null or None: round to an int);
// banker's rounding, correctly rounded decimal places (round(2.675, 2) == 2.67).
// TypeError "type str doesn't define __round__ method" for anything else.
Value round_value(const Value& x, const Value& ndigits);
// divmod(a, b) for numbers; TypeError "unsupported operand type(s) for divmod(): 'str' and 'int'".
Value divmod_values(const Value& a, const Value& b);
// pow(base, exp, mod): all ints; modular inverse for negative exponents.
// TypeError "pow() 3rd argument not allowed unless all arguments are integers",
// ValueError "pow() 3rd argument cannot be 0", "base is not invertible for the given modulus".
Value pow3(const Value& base, const Value& exp, const Value& mod);

// Float arithmetic helpers int and float share.
Value float_pow(double a, double b);     // CPython's float_pow, except a complex result raises
Value float_divmod(double a, double b);  // ZeroDivisionError "float divmod()"
void float_divmod_parts(double a, double b, double& floordiv, double& mod);  // b != 0

}  // namespace gilt
