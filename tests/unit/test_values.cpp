// The scalar types (None, bool, int, float, str, bytes), object and type, format(), and the
// generic protocol (api.hpp), checked against CPython 3.11's results and messages.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "runtime/api.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/float.hpp"
#include "runtime/format.hpp"
#include "runtime/int.hpp"
#include "runtime/number.hpp"
#include "runtime/range.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/thread_state.hpp"
#include "runtime/tuple.hpp"
#include "tests/unit/support.hpp"

namespace gilt {
namespace {

using test::B;
using test::call_kw;
using test::ensure_runtime;
using test::error_of;
using test::F;
using test::I;
using test::S;

Value big(std::string_view digits) {
  return parse_int(digits, 10);
}

std::string r(const Value& v) {
  return repr_utf8(v);
}

// obj.name(*positional, **keywords)
Value method(const Value& obj, const char* name, std::vector<Value> positional = {},
             std::vector<std::pair<const char*, Value>> keywords = {}) {
  return call_kw(get_attr(obj, intern(name)), std::move(positional), std::move(keywords));
}

Value construct(TypeObject* type, std::vector<Value> positional,
                std::vector<std::pair<const char*, Value>> keywords = {}) {
  return call_kw(Value(type), std::move(positional), std::move(keywords));
}

Value add(const Value& a, const Value& b) {
  return binary_op(BinOp::Add, a, b);
}
Value op(BinOp o, const Value& a, const Value& b) {
  return binary_op(o, a, b);
}
Value fmt(const Value& v, std::string_view spec) {
  return format_value(v, spec);
}
std::string fmts(const Value& v, std::string_view spec) {
  return str_utf8(format_value(v, spec));
}
Value list_of(std::vector<Value> items) {
  return Value(new_list(std::move(items)));
}
Value tuple_of(std::vector<Value> items) {
  return Value(new_tuple(std::move(items)));
}

}  // namespace

// --- int ---

TEST_CASE("int arithmetic overflows into big ints and normalises back") {
  ensure_runtime();
  Value max = I(INT64_MAX);
  Value sum = add(max, I(1));
  CHECK(is_bigint(sum));
  CHECK(r(sum) == "9223372036854775808");
  CHECK(op(BinOp::Sub, sum, I(1)).is_int());  // back inline
  CHECK(r(op(BinOp::Mul, max, max)) == "85070591730234615847396907784232501249");
  CHECK(r(op(BinOp::Sub, I(INT64_MIN), I(1))) == "-9223372036854775809");
  CHECK(r(unary_op(UnOp::Neg, I(INT64_MIN))) == "9223372036854775808");
  CHECK(r(op(BinOp::FloorDiv, I(INT64_MIN), I(-1))) == "9223372036854775808");
  CHECK(r(op(BinOp::Mod, I(INT64_MIN), I(-1))) == "0");
  CHECK(r(unary_op(UnOp::Invert, I(5))) == "-6");
  CHECK(r(unary_op(UnOp::Pos, B(true))) == "1");
}

TEST_CASE("int floor division and modulo follow Python's sign rules") {
  ensure_runtime();
  CHECK(r(op(BinOp::FloorDiv, I(-7), I(2))) == "-4");
  CHECK(r(op(BinOp::Mod, I(-7), I(2))) == "1");
  CHECK(r(op(BinOp::Mod, I(7), I(-2))) == "-1");
  CHECK(r(op(BinOp::FloorDiv, I(7), I(-2))) == "-4");
  Value b = big("-100000000000000000000000");
  CHECK(r(op(BinOp::FloorDiv, b, I(7))) == "-14285714285714285714286");
  CHECK(r(op(BinOp::Mod, b, I(7))) == "2");
  CHECK(r(divmod_values(I(-7), I(2))) == "(-4, 1)");
  CHECK(error_of([] { op(BinOp::FloorDiv, I(1), I(0)); }) ==
        "ZeroDivisionError: integer division or modulo by zero");
  CHECK(error_of([] { op(BinOp::Mod, I(1), I(0)); }) ==
        "ZeroDivisionError: integer modulo by zero");
  CHECK(error_of([] { op(BinOp::TrueDiv, I(1), I(0)); }) == "ZeroDivisionError: division by zero");
  CHECK(error_of([] { divmod_values(I(1), I(0)); }) ==
        "ZeroDivisionError: integer division or modulo by zero");
}

TEST_CASE("int true division is correctly rounded") {
  ensure_runtime();
  CHECK(r(op(BinOp::TrueDiv, I(1), I(3))) == "0.3333333333333333");
  CHECK(r(op(BinOp::TrueDiv, I(0), I(-5))) == "-0.0");
  Value p = op(BinOp::Pow, I(10), I(30));
  CHECK(r(op(BinOp::TrueDiv, p, I(7))) == "1.4285714285714285e+29");
  CHECK(r(op(BinOp::TrueDiv, big("123456789012345678901234567890"),
             big("987654321098765432109"))) == "124999998.8609375");
  CHECK(r(op(BinOp::TrueDiv, I(1), op(BinOp::Pow, I(10), I(400)))) == "0.0");
  CHECK(r(op(BinOp::TrueDiv, I(1), op(BinOp::Pow, I(2), I(1074)))) == "5e-324");
  CHECK(error_of([] { op(BinOp::TrueDiv, op(BinOp::Pow, I(2), I(10000)), I(3)); }) ==
        "OverflowError: integer division result too large for a float");
  CHECK(r(construct(float_type, {op(BinOp::Pow, I(2), I(1023))})) == "8.98846567431158e+307");
  CHECK(error_of([] { to_double(op(BinOp::Pow, I(2), I(1024))); }) ==
        "OverflowError: int too large to convert to float");
  // 2**53 + 1 rounds half to even.
  CHECK(r(Value::floating(to_double(big("9007199254740993")))) == "9007199254740992.0");
}

TEST_CASE("int pow, shifts and bit operations") {
  ensure_runtime();
  CHECK(r(op(BinOp::Pow, I(2), I(100))) == "1267650600228229401496703205376");
  CHECK(r(op(BinOp::Pow, I(-3), I(41))) == "-36472996377170786403");
  CHECK(r(op(BinOp::Pow, I(2), I(-1))) == "0.5");
  CHECK(error_of([] { op(BinOp::Pow, I(0), I(-1)); }) ==
        "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  CHECK(r(pow3(I(2), I(-1), I(5))) == "3");
  CHECK(r(pow3(I(2), I(3), I(-5))) == "-2");
  CHECK(r(pow3(I(3), big("100000000000000000000"), I(1000000007))) == "139421235");
  CHECK(error_of([] { pow3(I(2), I(-1), I(4)); }) ==
        "ValueError: base is not invertible for the given modulus");
  CHECK(error_of([] { pow3(I(2), I(3), I(0)); }) == "ValueError: pow() 3rd argument cannot be 0");
  CHECK(error_of([] { pow3(F(2), I(3), I(5)); }) ==
        "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  CHECK(r(op(BinOp::LShift, I(1), I(64))) == "18446744073709551616");
  CHECK(r(op(BinOp::LShift, I(-3), I(62))) == "-13835058055282163712");
  CHECK(r(op(BinOp::RShift, I(-5), I(1))) == "-3");
  CHECK(r(op(BinOp::RShift, I(-5), I(100))) == "-1");
  CHECK(r(op(BinOp::RShift, op(BinOp::LShift, I(1), I(100)), I(98))) == "4");
  CHECK(error_of([] { op(BinOp::LShift, I(1), I(-1)); }) == "ValueError: negative shift count");
  CHECK(error_of([] { op(BinOp::RShift, I(1), I(-1)); }) == "ValueError: negative shift count");
  CHECK(error_of([] { op(BinOp::LShift, I(1), op(BinOp::LShift, I(1), I(63))); }) == "MemoryError");
  Value a = op(BinOp::Sub, unary_op(UnOp::Neg, op(BinOp::LShift, I(1), I(70))), I(5));
  Value b = op(BinOp::Add, op(BinOp::LShift, I(1), I(65)), I(3));
  CHECK(r(op(BinOp::And, a, b)) == "36893488147419103235");
  CHECK(r(op(BinOp::Or, a, b)) == "-1180591620717411303429");
  CHECK(r(op(BinOp::Xor, a, b)) == "-1217485108864830406664");
  CHECK(r(unary_op(UnOp::Invert, a)) == "1180591620717411303428");
}

TEST_CASE("ints compare exactly with floats and hash like CPython") {
  ensure_runtime();
  Value two64 = op(BinOp::Pow, I(2), I(64));
  CHECK(compare_bool(two64, F(1e19), CmpOp::Gt));
  CHECK(compare_bool(I(1), F(1.0), CmpOp::Eq));
  CHECK(compare_bool(big("9007199254740993"), F(9007199254740992.0), CmpOp::Gt));
  CHECK_FALSE(compare_bool(op(BinOp::Pow, I(10), I(400)), F(1e308), CmpOp::Lt));
  CHECK(compare_bool(op(BinOp::Pow, I(10), I(400)), F(INFINITY), CmpOp::Lt));
  CHECK_FALSE(compare_bool(I(1), F(NAN), CmpOp::Eq));
  CHECK(compare_bool(I(1), F(NAN), CmpOp::Ne));
  CHECK(compare_bool(F(2.5), I(2), CmpOp::Gt));
  CHECK(equals(B(true), I(1)));
  CHECK(hash_value(I(-1)) == -2);
  CHECK(hash_value(I(-2)) == -2);
  CHECK(hash_value(op(BinOp::Sub, op(BinOp::Pow, I(2), I(61)), I(1))) == 0);
  CHECK(hash_value(op(BinOp::Pow, I(2), I(61))) == 1);
  CHECK(hash_value(unary_op(UnOp::Neg, op(BinOp::Pow, I(2), I(61)))) == -2);
  CHECK(hash_value(op(BinOp::Pow, I(2), I(100))) == 549755813888);
  CHECK(hash_value(F(1.5)) == 1152921504606846977);
  CHECK(hash_value(F(-1.0)) == -2);
  CHECK(hash_value(F(INFINITY)) == 314159);
  CHECK(hash_value(F(1e300)) == 1224995262755759164);
  CHECK(hash_value(F(0.1)) == 230584300921369408);
  CHECK(hash_value(I(1)) == hash_value(F(1.0)));
  CHECK(hash_value(B(true)) == hash_value(I(1)));
  CHECK(hash_value(two64) == hash_value(F(18446744073709551616.0)));
}

TEST_CASE("int text: str limit, parsing and int()") {
  ensure_runtime();
  CHECK(int_to_string(I(-255), 16) == "-ff");
  CHECK(int_to_string(op(BinOp::Pow, I(2), I(70)), 2) == "1" + std::string(70, '0'));
  CHECK(int_to_string(unary_op(UnOp::Neg, op(BinOp::Pow, I(16), I(20))), 16) ==
        "-1" + std::string(20, '0'));
  CHECK(int_to_string(op(BinOp::Pow, I(8), I(30)), 8) == "1" + std::string(30, '0'));
  CHECK(error_of([] { repr(op(BinOp::Pow, I(10), I(5000))); }) ==
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
        "sys.set_int_max_str_digits() to increase the limit");
  CHECK(error_of([] { construct(int_type, {S(std::string(5000, '1'))}); }) ==
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has "
        "5000 digits; use sys.set_int_max_str_digits() to increase the limit");
  CHECK(r(construct(int_type, {S(" 1_000 ")})) == "1000");
  CHECK(r(construct(int_type, {S("-9223372036854775808")})) == "-9223372036854775808");
  CHECK(construct(int_type, {S("-9223372036854775808")}).is_int());
  CHECK(r(construct(int_type, {S("99999999999999999999999999")})) == "99999999999999999999999999");
  CHECK(r(construct(int_type, {S("0x1f"), I(0)})) == "31");
  CHECK(r(construct(int_type, {S("0x_1f"), I(16)})) == "31");
  CHECK(r(construct(int_type, {S("+0o17"), I(0)})) == "15");
  CHECK(r(construct(int_type, {S("z"), I(36)})) == "35");
  CHECK(r(construct(int_type, {S("0_0"), I(0)})) == "0");
  CHECK(r(construct(int_type, {S("  \xd9\xa1\xd9\xa2\xd9\xa3  ")})) ==
        "123");  // Arabic-Indic digits
  CHECK(r(construct(int_type, {S("10")}, {{"base", I(2)}})) == "2");
  CHECK(r(construct(int_type, {make_bytes(" 12 "), I(16)})) == "18");
  CHECK(r(construct(int_type, {F(-2.9)})) == "-2");
  CHECK(r(construct(int_type, {F(1e20)})) == "100000000000000000000");
  CHECK(r(construct(int_type, {B(true)})) == "1");
  CHECK(r(construct(int_type, {})) == "0");
  CHECK(error_of([] { construct(int_type, {S("abc")}); }) ==
        "ValueError: invalid literal for int() with base 10: 'abc'");
  CHECK(error_of([] {
          construct(int_type, {S("010"), I(0)});
        }) == "ValueError: invalid literal for int() with base 0: '010'");
  CHECK(error_of([] { construct(int_type, {S("1__0")}); }) ==
        "ValueError: invalid literal for int() with base 10: '1__0'");
  CHECK(error_of([] { construct(int_type, {S("_1")}); }) ==
        "ValueError: invalid literal for int() with base 10: '_1'");
  CHECK(error_of([] {
          construct(int_type, {S("0x"), I(16)});
        }) == "ValueError: invalid literal for int() with base 16: '0x'");
  CHECK(error_of([] { construct(int_type, {make_bytes("ab")}); }) ==
        "ValueError: invalid literal for int() with base 10: b'ab'");
  CHECK(error_of([] {
          construct(int_type, {S("12"), I(1)});
        }) == "ValueError: int() base must be >= 2 and <= 36, or 0");
  CHECK(error_of([] {
          construct(int_type, {I(12), I(10)});
        }) == "TypeError: int() can't convert non-string with explicit base");
  CHECK(error_of([] { construct(int_type, {F(INFINITY)}); }) ==
        "OverflowError: cannot convert float infinity to integer");
  CHECK(error_of([] { construct(int_type, {F(NAN)}); }) ==
        "ValueError: cannot convert float NaN to integer");
  CHECK(error_of([] { construct(int_type, {list_of({})}); }) ==
        "TypeError: int() argument must be a string, a bytes-like object or a real number, not "
        "'list'");
}

TEST_CASE("int methods and attributes") {
  ensure_runtime();
  CHECK(r(method(I(5), "bit_length")) == "3");
  CHECK(r(method(I(-5), "bit_length")) == "3");
  CHECK(r(method(op(BinOp::Pow, I(2), I(64)), "bit_length")) == "65");
  CHECK(r(method(I(-5), "conjugate")) == "-5");
  CHECK(r(method(B(true), "__index__")) == "1");
  CHECK(r(get_attr(I(7), intern("real"))) == "7");
  CHECK(r(get_attr(I(7), intern("imag"))) == "0");
  CHECK(r(get_attr(I(7), intern("numerator"))) == "7");
  CHECK(r(get_attr(I(7), intern("denominator"))) == "1");
  CHECK(r(get_attr(Value(int_type), intern("real"))) == "<attribute 'real' of 'int' objects>");
  CHECK(error_of([] { method(I(1), "bit_length", {I(1)}); }) ==
        "TypeError: int.bit_length() takes no arguments (1 given)");
}

// --- bool and None ---

TEST_CASE("bool and the singletons") {
  ensure_runtime();
  CHECK(r(B(true)) == "True");
  CHECK(r(add(B(true), B(true))) == "2");
  CHECK(r(op(BinOp::And, B(true), B(false))) == "False");
  CHECK(r(op(BinOp::Or, B(true), I(1))) == "1");
  CHECK(r(op(BinOp::Xor, B(true), B(true))) == "False");
  CHECK(r(unary_op(UnOp::Neg, B(true))) == "-1");
  CHECK(r(unary_op(UnOp::Invert, B(true))) == "-2");
  CHECK(r(op(BinOp::TrueDiv, B(true), B(true))) == "1.0");
  CHECK(r(construct(bool_type, {list_of({})})) == "False");
  CHECK(r(construct(bool_type, {S("x")})) == "True");
  CHECK(r(construct(bool_type, {})) == "False");
  CHECK(error_of([] {
          construct(bool_type, {I(1), I(2)});
        }) == "TypeError: bool expected at most 1 argument, got 2");
  CHECK(error_of([] {
          construct(bool_type, {}, {{"x", I(1)}});
        }) == "TypeError: bool() takes no keyword arguments");
  CHECK(r(Value::none()) == "None");
  CHECK(r(Value(not_implemented_obj)) == "NotImplemented");
  CHECK(r(Value(ellipsis_obj)) == "Ellipsis");
  CHECK(construct(none_type, {}).is_none());
  CHECK(construct(ellipsis_type, {}).is(Value(ellipsis_obj)));
  CHECK(error_of([] { construct(none_type, {I(1)}); }) == "TypeError: NoneType takes no arguments");
  CHECK_FALSE(truthy(Value::none()));
  CHECK(r(Value(type_of(Value::none()))) == "<class 'NoneType'>");
  CHECK(r(Value(type_of(Value(not_implemented_obj)))) == "<class 'NotImplementedType'>");
  CHECK(r(Value(type_of(Value(ellipsis_obj)))) == "<class 'ellipsis'>");
  CHECK(error_of([] { compare(Value::none(), Value::none(), CmpOp::Lt); }) ==
        "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'");
}

// --- float ---

TEST_CASE("float repr is the shortest round trip, laid out as CPython") {
  ensure_runtime();
  CHECK(float_repr(1e16) == "1e+16");
  CHECK(float_repr(1e-5) == "1e-05");
  CHECK(float_repr(0.0001) == "0.0001");
  CHECK(float_repr(123456789012345.0) == "123456789012345.0");
  CHECK(float_repr(1234567890123456.0) == "1234567890123456.0");
  CHECK(float_repr(1.2345678901234568e16) == "1.2345678901234568e+16");
  CHECK(float_repr(INFINITY) == "inf");
  CHECK(float_repr(-INFINITY) == "-inf");
  CHECK(float_repr(NAN) == "nan");
  CHECK(float_repr(-0.0) == "-0.0");
  CHECK(float_repr(0.1 + 0.2) == "0.30000000000000004");
  CHECK(float_repr(5e-324) == "5e-324");
  CHECK(float_repr(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(float_repr(1e22) == "1e+22");
  CHECK(float_repr(100.0) == "100.0");
  CHECK(float_repr(-1.5) == "-1.5");
}

TEST_CASE("float arithmetic and its errors") {
  ensure_runtime();
  CHECK(r(add(F(1.5), I(1))) == "2.5");
  CHECK(r(add(B(true), F(0.5))) == "1.5");
  CHECK(r(op(BinOp::FloorDiv, F(-7.5), I(2))) == "-4.0");
  CHECK(r(op(BinOp::Mod, F(-7.5), I(2))) == "0.5");
  CHECK(r(op(BinOp::Mod, F(7.5), F(-2))) == "-0.5");
  CHECK(r(op(BinOp::Mod, F(-0.0), F(1))) == "0.0");
  CHECK(r(divmod_values(F(7), F(-2))) == "(-4.0, -1.0)");
  CHECK(r(op(BinOp::Pow, F(2), F(0.5))) == "1.4142135623730951");
  CHECK(r(op(BinOp::Pow, F(-2), I(3))) == "-8.0");
  CHECK(r(op(BinOp::Mul, F(1e308), I(10))) == "inf");
  CHECK(error_of([] { op(BinOp::TrueDiv, F(1), I(0)); }) ==
        "ZeroDivisionError: float division by zero");
  CHECK(error_of([] { op(BinOp::FloorDiv, F(1), I(0)); }) ==
        "ZeroDivisionError: float floor division by zero");
  CHECK(error_of([] { op(BinOp::Mod, F(1), I(0)); }) == "ZeroDivisionError: float modulo");
  CHECK(error_of([] { divmod_values(F(1), I(0)); }) == "ZeroDivisionError: float divmod()");
  CHECK(error_of([] { op(BinOp::Pow, F(0), I(-1)); }) ==
        "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  CHECK(error_of([] { op(BinOp::Pow, F(10), I(400)); }) ==
        "OverflowError: (34, 'Numerical result out of range')");
  CHECK(error_of([] { op(BinOp::Pow, F(-8), F(1.0 / 3)); }) ==
        "ValueError: negative number cannot be raised to a fractional power");
  CHECK(error_of([] { add(F(1e308), op(BinOp::Pow, I(10), I(400))); }) ==
        "OverflowError: int too large to convert to float");
}

TEST_CASE("float() and float methods") {
  ensure_runtime();
  CHECK(r(construct(float_type, {S(" 1_000.5 ")})) == "1000.5");
  CHECK(r(construct(float_type, {S("-Infinity")})) == "-inf");
  CHECK(r(construct(float_type, {S("nan")})) == "nan");
  CHECK(r(construct(float_type, {S("1e500")})) == "inf");
  CHECK(r(construct(float_type, {S(".5")})) == "0.5");
  CHECK(r(construct(float_type, {S("5.")})) == "5.0");
  CHECK(r(construct(float_type, {I(3)})) == "3.0");
  CHECK(r(construct(float_type, {B(true)})) == "1.0");
  CHECK(r(construct(float_type, {})) == "0.0");
  CHECK(error_of([] { construct(float_type, {S("abc")}); }) ==
        "ValueError: could not convert string to float: 'abc'");
  CHECK(error_of([] { construct(float_type, {S("")}); }) ==
        "ValueError: could not convert string to float: ''");
  CHECK(error_of([] { construct(float_type, {S("1__0")}); }) ==
        "ValueError: could not convert string to float: '1__0'");
  CHECK(error_of([] {
          construct(float_type, {I(1), I(2)});
        }) == "TypeError: float expected at most 1 argument, got 2");
  CHECK(error_of([] { construct(float_type, {op(BinOp::Pow, I(10), I(400))}); }) ==
        "OverflowError: int too large to convert to float");
  CHECK(r(method(F(1.5), "is_integer")) == "False");
  CHECK(r(method(F(2.0), "is_integer")) == "True");
  CHECK(r(method(F(1.5), "as_integer_ratio")) == "(3, 2)");
  CHECK(r(method(F(0.1), "as_integer_ratio")) == "(3602879701896397, 36028797018963968)");
  CHECK(r(get_attr(F(1.5), intern("imag"))) == "0.0");
  // Each float("nan") is its own object in CPython: containers' identity shortcut must not
  // treat two of them as the same value.
  Value nan1 = construct(float_type, {S("nan")});
  Value nan2 = construct(float_type, {S("nan")});
  CHECK(equals(nan1, nan1));
  CHECK_FALSE(equals(nan1, nan2));
  CHECK(hash_value(nan1) != hash_value(nan2));
  CHECK(r(nan2) == "nan");
  CHECK(r(construct(float_type, {S("-nan")})) == "nan");
}

TEST_CASE("round()") {
  ensure_runtime();
  CHECK(r(round_value(F(2.675), I(2))) == "2.67");
  CHECK(r(round_value(F(0.5), Value())) == "0");
  CHECK(r(round_value(F(1.5), Value())) == "2");
  CHECK(r(round_value(F(-0.5), Value())) == "0");
  CHECK(r(round_value(F(2.5), Value::none())) == "2");
  CHECK(r(round_value(F(1234.5678), I(-2))) == "1200.0");
  CHECK(r(round_value(F(150.0), I(-2))) == "200.0");
  CHECK(r(round_value(F(250.0), I(-2))) == "200.0");
  CHECK(r(round_value(F(1e300), I(-400))) == "0.0");
  CHECK(r(round_value(F(1e300), I(400))) == "1e+300");
  CHECK(r(round_value(F(0.125), I(2))) == "0.12");
  CHECK(r(round_value(I(12345), I(-2))) == "12300");
  CHECK(r(round_value(I(12355), I(-1))) == "12360");
  CHECK(r(round_value(I(25), I(-1))) == "20");
  CHECK(r(round_value(I(-25), I(-1))) == "-20");
  CHECK(r(round_value(I(7), I(2))) == "7");
  CHECK(r(round_value(B(true), Value())) == "1");
  CHECK(error_of([] { round_value(F(INFINITY), Value()); }) ==
        "OverflowError: cannot convert float infinity to integer");
  CHECK(error_of([] { round_value(F(NAN), Value()); }) ==
        "ValueError: cannot convert float NaN to integer");
  CHECK(error_of([] { round_value(F(1.5), F(1.5)); }) ==
        "TypeError: 'float' object cannot be interpreted as an integer");
  CHECK(error_of([] { round_value(S("a"), Value()); }) ==
        "TypeError: type str doesn't define __round__ method");
}

// --- str ---

TEST_CASE("str objects: sharing, interning, hashing") {
  ensure_runtime();
  CHECK(make_str("").is(make_str("")));
  CHECK(make_str("a").is(make_str("a")));
  CHECK(Value(intern("hello")).is(Value(intern("hello"))));
  Value text = make_str("h\xc3\xa9llo");
  StrObject* s = text.as<StrObject>();
  CHECK(s->length == 5);
  CHECK_FALSE(s->ascii);
  CHECK(hash_value(make_str("abc")) == hash_value(S("abc")));
  CHECK(hash_value(make_str("abc")) == hash_value(make_bytes("abc")));
  CHECK(hash_value(S("abc")) != -1);
  CHECK(utf8_valid("h\xc3\xa9"));
  CHECK_FALSE(utf8_valid("\xed\xa0\x80"));  // a surrogate
  CHECK_FALSE(utf8_valid("\xc0\xaf"));      // overlong
}

TEST_CASE("str concatenation, repetition, comparison, containment") {
  ensure_runtime();
  CHECK(r(add(S("ab"), S("cd"))) == "'abcd'");
  CHECK(r(op(BinOp::Mul, S("ab"), I(3))) == "'ababab'");
  CHECK(r(op(BinOp::Mul, I(2), S("x"))) == "'xx'");
  CHECK(r(op(BinOp::Mul, S("ab"), I(-1))) == "''");
  CHECK(r(op(BinOp::Mul, S("ab"), B(true))) == "'ab'");
  CHECK(r(op(BinOp::InplaceAdd, S("a"), S("b"))) == "'ab'");
  CHECK(error_of([] { op(BinOp::Mul, S("x"), op(BinOp::Pow, I(10), I(12))); }) == "MemoryError");
  CHECK(error_of([] { op(BinOp::Mul, S("x"), op(BinOp::Pow, I(2), I(100))); }) ==
        "OverflowError: cannot fit 'int' into an index-sized integer");
  CHECK(compare_bool(S("abc"), S("abd"), CmpOp::Lt));
  CHECK(compare_bool(S("a"), S("\xc3\xa9"), CmpOp::Lt));
  CHECK(compare_bool(S("\xc3\xa9"), S("z"), CmpOp::Gt));
  CHECK(compare_bool(S("\xef\xbf\xbf"), S("\xf0\x9f\x98\x80"), CmpOp::Lt));  // code-point order
  CHECK(contains(S("hello"), S("ell")));
  CHECK_FALSE(contains(S("hello"), S("xyz")));
  CHECK(error_of([] { contains(S("abc"), I(1)); }) ==
        "TypeError: 'in <string>' requires string as left operand, not int");
  CHECK(length(S("h\xc3\xa9")) == 2);
}

TEST_CASE("str indexing, slicing and iteration") {
  ensure_runtime();
  Value s = S("abcdef");
  CHECK(r(get_item(s, I(1))) == "'b'");
  CHECK(r(get_item(s, I(-1))) == "'f'");
  CHECK(error_of([&] { get_item(s, I(10)); }) == "IndexError: string index out of range");
  CHECK(error_of([&] { get_item(s, F(1.5)); }) ==
        "TypeError: string indices must be integers, not 'float'");
  CHECK(error_of([&] { get_item(s, op(BinOp::Pow, I(2), I(64))); }) ==
        "IndexError: cannot fit 'int' into an index-sized integer");
  auto slice = [](Value a, Value b, Value c) { return Value(new SliceObject(a, b, c)); };
  Value none = Value::none();
  CHECK(r(get_item(s, slice(I(1), none, none))) == "'bcdef'");
  CHECK(r(get_item(s, slice(none, none, I(2)))) == "'ace'");
  CHECK(r(get_item(s, slice(none, none, I(-1)))) == "'fedcba'");
  CHECK(r(get_item(s, slice(I(10), none, none))) == "''");
  Value u = S("h\xc3\xa9llo w\xc3\xb6rld");
  CHECK(r(get_item(u, I(1))) == "'\xc3\xa9'");
  CHECK(r(get_item(u, slice(I(1), I(4), none))) == "'\xc3\xa9ll'");
  CHECK(r(get_item(u, slice(none, none, I(-3)))) == "'d\xc3\xb6o\xc3\xa9'");
  std::string joined;
  for_each(u, [&](const Value& c) { joined += str_utf8(c) + "|"; });
  CHECK(joined == "h|\xc3\xa9|l|l|o| |w|\xc3\xb6|r|l|d|");
  CHECK(type_name(get_iter(S("abc"))) == "str_ascii_iterator");
  CHECK(type_name(get_iter(u)) == "str_iterator");
}

TEST_CASE("str repr quotes and escapes as CPython") {
  ensure_runtime();
  CHECK(r(S("a'\"\t\n\r\\\x01\x7f")) == "'a\\'\"\\t\\n\\r\\\\\\x01\\x7f'");
  CHECK(r(S("'")) == "\"'\"");
  CHECK(r(S("\"")) == "'\"'");
  // printable non-ASCII stays; \xa0, U+200B, U+3000, U+0378, U+2028, U+E0001 and U+E000 escape
  CHECK(r(S("\xc3\xbf \xc2\xa0 \xe2\x80\x8b \xe3\x80\x80 \xe4\xb8\xad \xf0\x9f\x98\x80")) ==
        "'\xc3\xbf \\xa0 \\u200b \\u3000 \xe4\xb8\xad \xf0\x9f\x98\x80'");
  CHECK(r(S("\xcd\xb8\xe2\x80\xa8\xf3\xa0\x80\x81\xee\x80\x80")) ==
        "'\\u0378\\u2028\\U000e0001\\ue000'");
}

TEST_CASE("str(): constructor and decoding") {
  ensure_runtime();
  CHECK(r(construct(str_type, {})) == "''");
  CHECK(r(construct(str_type, {I(12)})) == "'12'");
  CHECK(r(construct(str_type, {make_bytes("abc")})) == "\"b'abc'\"");
  CHECK(r(construct(str_type, {make_bytes("abc"), S("utf-8")})) == "'abc'");
  CHECK(r(construct(str_type, {make_bytes("\xff")}, {{"encoding", S("latin-1")}})) == "'\xc3\xbf'");
  CHECK(error_of([] {
          construct(str_type, {I(1), S("utf-8")});
        }) == "TypeError: decoding to str: need a bytes-like object, int found");
  CHECK(error_of([] {
          construct(str_type, {make_bytes("\xff"), S("utf-8")});
        }) ==
        "UnicodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
}

TEST_CASE("str methods: split, join, strip, replace") {
  ensure_runtime();
  CHECK(r(method(S("  a b  c "), "split")) == "['a', 'b', 'c']");
  CHECK(r(method(S("a,b,,c"), "split", {S(",")})) == "['a', 'b', '', 'c']");
  CHECK(r(method(S("a b c"), "split", {Value::none(), I(1)})) == "['a', 'b c']");
  CHECK(r(method(S("  a  b  c  "), "split", {Value::none(), I(1)})) == "['a', 'b  c  ']");
  CHECK(r(method(S("  a  b  c  "), "rsplit", {Value::none(), I(1)})) == "['  a  b', 'c']");
  CHECK(r(method(S(" a b c "), "rsplit", {}, {{"maxsplit", I(1)}})) == "[' a b', 'c']");
  CHECK(r(method(S("aXbXc"), "rsplit", {S("X"), I(1)})) == "['aXb', 'c']");
  CHECK(r(method(S(""), "split")) == "[]");
  CHECK(r(method(S(""), "split", {S(",")})) == "['']");
  CHECK(r(method(S("a\xe3\x80\x80"
                   "b"),
                 "split")) == "['a', 'b']");
  CHECK(error_of([] { method(S("a"), "split", {S("")}); }) == "ValueError: empty separator");
  CHECK(error_of([] { method(S("a"), "split", {I(1)}); }) ==
        "TypeError: must be str or None, not int");
  CHECK(error_of([] {
          method(S("a"), "split", {S(","), I(1), I(2)});
        }) == "TypeError: split() takes at most 2 arguments (3 given)");
  CHECK(error_of([] {
          method(S("a"), "split", {}, {{"x", I(1)}});
        }) == "TypeError: 'x' is an invalid keyword argument for split()");
  CHECK(r(method(S(","), "join", {list_of({S("a"), S("b")})})) == "'a,b'");
  CHECK(r(method(S("x"), "join", {S("abc")})) == "'axbxc'");
  CHECK(error_of([] {
          method(S(""), "join", {list_of({S("a"), I(1)})});
        }) == "TypeError: sequence item 1: expected str instance, int found");
  CHECK(error_of([] { method(S("x"), "join", {I(1)}); }) == "TypeError: can only join an iterable");
  CHECK(error_of([] { method(S("x"), "join", {}); }) ==
        "TypeError: str.join() takes exactly one argument (0 given)");
  CHECK(r(method(S("  \xe3\x80\x80"
                   "a\xc2\xa0"),
                 "strip")) == "'a'");
  CHECK(r(method(S("xxaxx"), "strip", {S("x")})) == "'a'");
  CHECK(r(method(S("abc"), "lstrip", {S("ab")})) == "'c'");
  CHECK(r(method(S("abc  "), "rstrip")) == "'abc'");
  CHECK(error_of([] { method(S("a"), "strip", {I(1)}); }) ==
        "TypeError: strip arg must be None or str");
  CHECK(r(method(S("aaa"), "replace", {S("a"), S("b"), I(2)})) == "'bba'");
  CHECK(r(method(S("abc"), "replace", {S(""), S("-")})) == "'-a-b-c-'");
  CHECK(r(method(S("abc"), "replace", {S(""), S("-"), I(2)})) == "'-a-bc'");
  CHECK(error_of([] { method(S("a"), "replace", {S("a")}); }) ==
        "TypeError: replace expected at least 2 arguments, got 1");
  CHECK(error_of([] {
          method(S("a"), "replace", {S("a"), S("b")}, {{"count", I(1)}});
        }) == "TypeError: str.replace() takes no keyword arguments");
}

TEST_CASE("str methods: searching") {
  ensure_runtime();
  Value s = S("h\xc3\xa9llo h\xc3\xa9llo");
  CHECK(r(method(s, "find", {S("llo")})) == "2");
  CHECK(r(method(s, "rfind", {S("llo")})) == "8");
  CHECK(r(method(s, "find", {S("llo"), I(3)})) == "8");
  CHECK(r(method(s, "find", {S("x")})) == "-1");
  CHECK(r(method(S("abc"), "find", {S(""), I(3)})) == "3");
  CHECK(r(method(S("abc"), "find", {S(""), I(4)})) == "-1");
  CHECK(r(method(S("abc"), "find", {S("a"), Value::none(), op(BinOp::Pow, I(2), I(100))})) == "0");
  CHECK(r(method(s, "count", {S("l")})) == "4");
  CHECK(r(method(S("a"), "count", {S("")})) == "2");
  CHECK(r(method(S("abc"), "count", {S(""), I(4)})) == "0");
  CHECK(r(method(S("abc"), "index", {S("c")})) == "2");
  CHECK(error_of([] {
          method(S("abc"), "index", {S("c"), I(1), I(2)});
        }) == "ValueError: substring not found");
  CHECK(error_of([] { method(S("abc"), "rindex", {S("z")}); }) ==
        "ValueError: substring not found");
  CHECK(error_of([] { method(S("a"), "find", {}); }) ==
        "TypeError: find() takes at least 1 argument (0 given)");
  CHECK(error_of([] { method(S("a"), "find", {I(1)}); }) == "TypeError: must be str, not int");
  CHECK(error_of([] {
          method(S("a"), "find", {S("a"), S("b")});
        }) == "TypeError: slice indices must be integers or None or have an __index__ method");
  CHECK(r(method(S("abc"), "startswith", {tuple_of({S("x"), S("a")})})) == "True");
  CHECK(r(method(S("abc"), "endswith", {S("bc"), I(0), I(2)})) == "False");
  CHECK(r(method(S("abc"), "startswith", {S(""), I(4)})) == "False");
  CHECK(error_of([] { method(S("a"), "startswith", {I(1)}); }) ==
        "TypeError: startswith first arg must be str or a tuple of str, not int");
  CHECK(error_of([] { method(S("a"), "endswith", {tuple_of({I(1)})}); }) ==
        "TypeError: tuple for endswith must only contain str, not int");
  CHECK(r(method(S("abc"), "partition", {S("b")})) == "('a', 'b', 'c')");
  CHECK(r(method(S("abc"), "partition", {S("x")})) == "('abc', '', '')");
  CHECK(r(method(S("abab"), "rpartition", {S("b")})) == "('aba', 'b', '')");
  CHECK(r(method(S("abc"), "rpartition", {S("x")})) == "('', '', 'abc')");
  CHECK(error_of([] { method(S("a"), "partition", {S("")}); }) == "ValueError: empty separator");
  CHECK(r(method(S("abc"), "removeprefix", {S("ab")})) == "'c'");
  CHECK(r(method(S("abc"), "removesuffix", {S("bc")})) == "'a'");
  CHECK(error_of([] { method(S("a"), "removeprefix", {I(1)}); }) ==
        "TypeError: removeprefix() argument must be str, not int");
  CHECK(r(method(S("ab"), "__contains__", {S("b")})) == "True");
}

TEST_CASE("str methods: lines, padding, tabs, encode") {
  ensure_runtime();
  CHECK(r(method(S("a\nb\r\nc\rd\x0b"
                   "e\x1c"
                   "f\xe2\x80\xa8g\xc2\x85h"),
                 "splitlines")) == "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']");
  CHECK(r(method(S("a\r\nb\rc\n"), "splitlines", {B(true)})) == "['a\\r\\n', 'b\\r', 'c\\n']");
  CHECK(r(method(S("\n"), "splitlines")) == "['']");
  CHECK(r(method(S("a"), "center", {I(4)})) == "' a  '");
  CHECK(r(method(S("ab"), "center", {I(5)})) == "'  ab '");
  CHECK(r(method(S("ab"), "center", {I(6), S("*")})) == "'**ab**'");
  CHECK(r(method(S("abc"), "center", {I(10), S("\xc3\xa9")})) ==
        "'\xc3\xa9\xc3\xa9\xc3\xa9"
        "abc\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9'");
  CHECK(r(method(S("a"), "ljust", {I(3), S("-")})) == "'a--'");
  CHECK(r(method(S("a"), "rjust", {I(3)})) == "'  a'");
  CHECK(error_of([] {
          method(S("a"), "center", {I(5), S("ab")});
        }) == "TypeError: The fill character must be exactly one character long");
  CHECK(error_of([] {
          method(S("a"), "center", {I(5), I(1)});
        }) == "TypeError: The fill character must be a unicode character, not int");
  CHECK(error_of([] { method(S("a"), "center", {F(1.5)}); }) ==
        "TypeError: 'float' object cannot be interpreted as an integer");
  CHECK(r(method(S("-a"), "zfill", {I(5)})) == "'-000a'");
  CHECK(r(method(S("+12"), "zfill", {I(5)})) == "'+0012'");
  CHECK(r(method(S("a"), "zfill", {I(-1)})) == "'a'");
  CHECK(r(method(S("a\tb\n\tc"), "expandtabs")) == "'a       b\\n        c'");
  CHECK(r(method(S("ab\tc\r\td"), "expandtabs", {I(4)})) == "'ab  c\\r    d'");
  CHECK(r(method(S("\xc3\xa9"), "encode")) == "b'\\xc3\\xa9'");
  CHECK(r(method(S("a\xe2\x82\xac"), "encode", {S("ascii"), S("replace")})) == "b'a?'");
  CHECK(error_of([] { method(S("\xc3\xa9\xc3\xa8"), "encode", {S("ascii")}); }) ==
        "UnicodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in "
        "range(128)");
  CHECK(error_of([] { method(S("a\xe2\x82\xac"), "encode", {S("latin-1")}); }) ==
        "UnicodeError: 'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not "
        "in range(256)");
  CHECK(error_of([] { method(S("a"), "encode", {S("foo")}); }) ==
        "LookupError: unknown encoding: foo");
}

TEST_CASE("str case methods and predicates") {
  ensure_runtime();
  CHECK(r(method(S("abc\xc3\x9f"), "upper")) == "'ABCSS'");                  // ß → SS
  CHECK(r(method(S("\xef\xac\x81"), "upper")) == "'FI'");                    // ﬁ
  CHECK(r(method(S("\xc3\xbf"), "upper")) == "'\xc5\xb8'");                  // ÿ → Ÿ
  CHECK(r(method(S("\xce\x91\xce\xa3"), "lower")) == "'\xce\xb1\xcf\x82'");  // ΑΣ → ας
  CHECK(r(method(S("\xce\xa3"), "lower")) == "'\xcf\x83'");                  // Σ alone → σ
  CHECK(r(method(S("hello world"), "title")) == "'Hello World'");
  CHECK(r(method(S("they're bill's"), "title")) == "\"They'Re Bill'S\"");
  CHECK(r(method(S("hELLO wORLD"), "capitalize")) == "'Hello world'");
  CHECK(r(method(S("\xc7\x86"), "capitalize")) == "'\xc7\x85'");  // ǆ → ǅ
  CHECK(r(method(S("Hello World"), "swapcase")) == "'hELLO wORLD'");
  CHECK(r(method(S("\xc3\x9f"), "casefold")) == "'ss'");
  CHECK(r(method(S("123"), "isdigit")) == "True");
  CHECK(r(method(S("\xc2\xb2"), "isdigit")) == "True");  // ²
  CHECK(r(method(S("\xc2\xb2"), "isdecimal")) == "False");
  CHECK(r(method(S("\xc2\xbd"), "isnumeric")) == "True");  // ½
  CHECK(r(method(S(""), "isdigit")) == "False");
  CHECK(r(method(S("ab\xc3\xa9"), "isalpha")) == "True");
  CHECK(r(method(S("a1"), "isalnum")) == "True");
  CHECK(r(method(S(" \t\xe3\x80\x80"), "isspace")) == "True");
  CHECK(r(method(S("ABC1"), "isupper")) == "True");
  CHECK(r(method(S("AbC"), "isupper")) == "False");
  CHECK(r(method(S("1"), "islower")) == "False");
  CHECK(r(method(S("Ab Cd"), "istitle")) == "True");
  CHECK(r(method(S("AB"), "istitle")) == "False");
  CHECK(r(method(S("_\xc3\xa9"), "isidentifier")) == "True");
  CHECK(r(method(S("1x"), "isidentifier")) == "False");
  CHECK(r(method(S(""), "isascii")) == "True");
  CHECK(r(method(S("\n"), "isprintable")) == "False");
  CHECK(error_of([] { method(S("a"), "upper", {I(1)}); }) ==
        "TypeError: str.upper() takes no arguments (1 given)");
  Value unbound = get_attr(Value(str_type), intern("upper"));
  CHECK(error_of([&] { call(unbound, {I(1)}); }) ==
        "TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object");
}

// --- bytes ---

TEST_CASE("bytes") {
  ensure_runtime();
  Value b = make_bytes("abc");
  CHECK(r(make_bytes(std::string_view("a'\"\t\x00\x7f\xff", 7))) == "b'a\\'\"\\t\\x00\\x7f\\xff'");
  CHECK(r(make_bytes("'")) == "b\"'\"");
  CHECK(length(b) == 3);
  CHECK(r(get_item(b, I(0))) == "97");
  CHECK(r(get_item(b, I(-1))) == "99");
  CHECK(r(get_item(b, Value(new SliceObject(I(1), Value::none(), Value::none())))) == "b'bc'");
  CHECK(error_of([&] { get_item(b, I(5)); }) == "IndexError: index out of range");
  CHECK(error_of([&] { get_item(b, S("a")); }) ==
        "TypeError: byte indices must be integers or slices, not str");
  CHECK(r(add(b, make_bytes("d"))) == "b'abcd'");
  CHECK(r(op(BinOp::Mul, make_bytes("ab"), I(2))) == "b'abab'");
  CHECK(equals(b, make_bytes("abc")));
  CHECK_FALSE(equals(b, S("abc")));
  CHECK(compare_bool(make_bytes("a"), make_bytes("b"), CmpOp::Lt));
  CHECK(contains(b, I(97)));
  CHECK(contains(b, make_bytes("bc")));
  CHECK(error_of([&] { contains(b, I(256)); }) == "ValueError: byte must be in range(0, 256)");
  CHECK(error_of([&] { add(b, S("d")); }) == "TypeError: can't concat str to bytes");
  CHECK(r(method(make_bytes("\xc3\xa9"), "decode")) == "'\xc3\xa9'");
  CHECK(r(method(make_bytes("a\xff"), "decode", {S("utf-8"), S("replace")})) == "'a\xef\xbf\xbd'");
  CHECK(
      error_of([] { method(make_bytes("\xe2\x82\x28"), "decode"); }) ==
      "UnicodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
  CHECK(error_of([] { method(make_bytes("a\xe2"), "decode"); }) ==
        "UnicodeError: 'utf-8' codec can't decode byte 0xe2 in position 1: unexpected end of data");
  CHECK(r(construct(bytes_type, {I(3)})) == "b'\\x00\\x00\\x00'");
  CHECK(r(construct(bytes_type, {list_of({I(65), I(66)})})) == "b'AB'");
  CHECK(r(construct(bytes_type, {S("\xc3\xa9"), S("utf-8")})) == "b'\\xc3\\xa9'");
  CHECK(error_of([] { construct(bytes_type, {S("a")}); }) ==
        "TypeError: string argument without an encoding");
  CHECK(error_of([] { construct(bytes_type, {list_of({I(256)})}); }) ==
        "ValueError: bytes must be in range(0, 256)");
  std::string seen;
  for_each(make_bytes("ab"), [&](const Value& v) { seen += r(v) + ","; });
  CHECK(seen == "97,98,");
}

// --- format() ---

TEST_CASE("format(): int") {
  ensure_runtime();
  CHECK(fmts(I(255), "#x") == "0xff");
  CHECK(fmts(I(-255), "#010x") == "-0x00000ff");
  CHECK(fmts(I(12), "#o") == "0o14");
  CHECK(fmts(I(-12), "#X") == "-0XC");
  CHECK(fmts(I(255), "#_b") == "0b1111_1111");
  CHECK(fmts(I(1234567), ",") == "1,234,567");
  CHECK(fmts(I(123456789), "_x") == "75b_cd15");
  CHECK(fmts(I(1), "09,") == "0,000,001");
  CHECK(fmts(I(12345), "013,") == "0,000,012,345");
  CHECK(fmts(I(-1234), "010,") == "-0,001,234");
  CHECK(fmts(I(1234), "_<10,") == "1,234_____");
  CHECK(fmts(I(12), "#010_b") == "0b000_1100");
  CHECK(fmts(I(123456), "010_x") == "0_0001_e240");
  CHECK(fmts(I(5), "=+08") == "+0000005");
  CHECK(fmts(I(5), "^+08") == "000+5000");
  CHECK(fmts(I(-5), "*=8") == "-******5");
  CHECK(fmts(I(12), " d") == " 12");
  CHECK(fmts(I(12), "^8") == "   12   ");
  CHECK(fmts(I(65), "c") == "A");
  CHECK(fmts(I(1), "%") == "100.000000%");
  CHECK(fmts(I(12), ".3e") == "1.200e+01");
  CHECK(fmts(B(true), "") == "True");
  CHECK(fmts(B(true), "5") == "    1");
  CHECK(fmts(op(BinOp::Pow, I(2), I(100)), ",") == "1,267,650,600,228,229,401,496,703,205,376");
  CHECK(fmts(I(1), "\xc3\xa9<5") == "1\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9");
  CHECK(error_of([] { fmt(I(1), "s"); }) ==
        "ValueError: Unknown format code 's' for object of type 'int'");
  CHECK(error_of([] { fmt(B(true), "s"); }) ==
        "ValueError: Unknown format code 's' for object of type 'bool'");
  CHECK(error_of([] { fmt(I(1), ".2d"); }) ==
        "ValueError: Precision not allowed in integer format specifier");
  CHECK(error_of([] { fmt(I(1), "z"); }) ==
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier");
  CHECK(error_of([] { fmt(I(1), ",x"); }) == "ValueError: Cannot specify ',' with 'x'.");
  CHECK(error_of([] { fmt(I(1), ",_"); }) == "ValueError: Cannot specify both ',' and '_'.");
  CHECK(error_of([] { fmt(I(1), "__"); }) == "ValueError: Cannot specify '_' with '_'.");
  CHECK(error_of([] { fmt(I(65), "+c"); }) ==
        "ValueError: Sign not allowed with integer format specifier 'c'");
  CHECK(error_of([] { fmt(I(-1), "c"); }) == "OverflowError: %c arg not in range(0x110000)");
  CHECK(error_of([] { fmt(I(1), "dd"); }) ==
        "ValueError: Invalid format specifier 'dd' for object of type 'int'");
  CHECK(error_of([] { fmt(I(1), "."); }) == "ValueError: Format specifier missing precision");
  CHECK(error_of([] { fmt(I(1), "10000000000000000000"); }) ==
        "ValueError: Too many decimal digits in format string");
}

TEST_CASE("format(): float") {
  ensure_runtime();
  CHECK(fmts(F(3.0), "g") == "3");
  CHECK(fmts(F(1e16), "g") == "1e+16");
  CHECK(fmts(F(1.5), ".0f") == "2");
  CHECK(fmts(F(2.5), ".0f") == "2");
  CHECK(fmts(F(1234.5), ",.2f") == "1,234.50");
  CHECK(fmts(F(0.000012345), "g") == "1.2345e-05");
  CHECK(fmts(F(1e-5), ".3") == "1e-05");
  CHECK(fmts(F(123.456), ".3") == "1.23e+02");
  CHECK(fmts(F(1.0), ".3") == "1.0");
  CHECK(fmts(F(100.0), ".3") == "1e+02");
  CHECK(fmts(F(1e16), "10") == "     1e+16");
  CHECK(fmts(F(12), "08.3f") == "0012.000");
  CHECK(fmts(F(0.5), "%") == "50.000000%");
  CHECK(fmts(F(0.5), ".1%") == "50.0%");
  CHECK(fmts(F(1.5), "n") == "1.5");
  CHECK(fmts(F(1234567.0), "n") == "1.23457e+06");
  CHECK(fmts(F(NAN), "f") == "nan");
  CHECK(fmts(F(-INFINITY), "F") == "-INF");
  CHECK(fmts(F(NAN), "010") == "0000000nan");
  CHECK(fmts(F(NAN), "+") == "+nan");
  CHECK(fmts(F(-0.0), "f") == "-0.000000");
  CHECK(fmts(F(-0.0), "z") == "0.0");
  CHECK(fmts(F(-0.001), "z.1f") == "0.0");
  CHECK(fmts(F(1.5), "#g") == "1.50000");
  CHECK(fmts(F(1.0), "#.0f") == "1.");
  CHECK(fmts(F(15), "#.0e") == "2.e+01");
  CHECK(fmts(F(1e20), "#") == "1.e+20");
  CHECK(fmts(F(1234567.0), "_") == "1_234_567.0");
  CHECK(fmts(F(12345.6789), ",") == "12,345.6789");
  CHECK(fmts(F(-1.5), "013,.2f") == "-0,000,001.50");
  CHECK(fmts(F(1.5), "=+10.2f") == "+     1.50");
  CHECK(fmts(F(0.1), ".20g") == "0.10000000000000000555");
  CHECK(fmts(F(5e-324), "g") == "4.94066e-324");
  CHECK(fmts(F(0.0), ".0e") == "0e+00");
  CHECK(fmts(F(1e100), ",.0f").substr(0, 20) == "10,000,000,000,000,0");
  CHECK(fmts(F(1.5), ".30f") == "1.500000000000000000000000000000");
  CHECK(error_of([] { fmt(F(1.5), "d"); }) ==
        "ValueError: Unknown format code 'd' for object of type 'float'");
  CHECK(error_of([] { fmt(F(1.5), "c"); }) ==
        "ValueError: Unknown format code 'c' for object of type 'float'");
}

TEST_CASE("format(): str and other objects") {
  ensure_runtime();
  CHECK(fmts(S("ab"), ">5") == "   ab");
  CHECK(fmts(S("ab"), ".1") == "a");
  CHECK(fmts(S("abc"), "^7.2") == "  ab   ");
  CHECK(fmts(S("\xc3\xa9"), "*^5") == "**\xc3\xa9**");
  CHECK(fmts(S("a"), "05") == "a0000");
  CHECK(fmts(Value::none(), "") == "None");
  CHECK(error_of([] { fmt(S("a"), "d"); }) ==
        "ValueError: Unknown format code 'd' for object of type 'str'");
  CHECK(error_of([] { fmt(S("a"), "=5"); }) ==
        "ValueError: '=' alignment not allowed in string format specifier");
  CHECK(error_of([] { fmt(S("a"), "+"); }) ==
        "ValueError: Sign not allowed in string format specifier");
  CHECK(error_of([] { fmt(S("a"), "#"); }) ==
        "ValueError: Alternate form (#) not allowed in string format specifier");
  CHECK(error_of([] { fmt(S("a"), ","); }) == "ValueError: Cannot specify ',' with 's'.");
  CHECK(error_of([] { fmt(Value::none(), "s"); }) ==
        "TypeError: unsupported format string passed to NoneType.__format__");
  CHECK(error_of([] { fmt(list_of({}), "5"); }) ==
        "TypeError: unsupported format string passed to list.__format__");
}

// --- the generic protocol ---

TEST_CASE("binary_op: reflection and CPython's messages") {
  ensure_runtime();
  CHECK(error_of([] { add(I(1), S("a")); }) ==
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  CHECK(error_of([] { add(S("a"), I(1)); }) ==
        "TypeError: can only concatenate str (not \"int\") to str");
  CHECK(error_of([] { op(BinOp::InplaceAdd, S("a"), I(1)); }) ==
        "TypeError: can only concatenate str (not \"int\") to str");
  CHECK(error_of([] { op(BinOp::Pow, S("a"), I(2)); }) ==
        "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'");
  CHECK(error_of([] { op(BinOp::InplacePow, I(1), S("x")); }) ==
        "TypeError: unsupported operand type(s) for **=: 'int' and 'str'");
  CHECK(error_of([] { op(BinOp::InplaceAdd, I(1), S("x")); }) ==
        "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  CHECK(error_of([] { op(BinOp::Mul, S("a"), S("b")); }) ==
        "TypeError: can't multiply sequence by non-int of type 'str'");
  CHECK(error_of([] { op(BinOp::Mul, F(1.5), S("a")); }) ==
        "TypeError: can't multiply sequence by non-int of type 'float'");
  CHECK(error_of([] { op(BinOp::InplaceMul, S("a"), F(1.5)); }) ==
        "TypeError: can't multiply sequence by non-int of type 'float'");
  CHECK(error_of([] { add(tuple_of({I(1)}), I(1)); }) ==
        "TypeError: can only concatenate tuple (not \"int\") to tuple");
  CHECK(error_of([] { op(BinOp::MatMul, I(1), I(2)); }) ==
        "TypeError: unsupported operand type(s) for @: 'int' and 'int'");
  CHECK(error_of([] { unary_op(UnOp::Neg, S("a")); }) ==
        "TypeError: bad operand type for unary -: 'str'");
  CHECK(error_of([] { unary_op(UnOp::Invert, F(1.5)); }) ==
        "TypeError: bad operand type for unary ~: 'float'");
  CHECK(error_of([] { unary_op(UnOp::Pos, S("a")); }) ==
        "TypeError: bad operand type for unary +: 'str'");
}

TEST_CASE("compare, equals, hash, truthy") {
  ensure_runtime();
  CHECK(error_of([] { compare(I(1), S("a"), CmpOp::Lt); }) ==
        "TypeError: '<' not supported between instances of 'int' and 'str'");
  CHECK(error_of([] { compare(I(1), S("a"), CmpOp::Ge); }) ==
        "TypeError: '>=' not supported between instances of 'int' and 'str'");
  CHECK(r(compare(I(1), S("a"), CmpOp::Eq)) == "False");
  CHECK(r(compare(I(1), S("a"), CmpOp::Ne)) == "True");
  Value nan = F(NAN);
  CHECK(equals(nan, nan));  // identity first, as containers compare
  CHECK(r(compare(nan, nan, CmpOp::Eq)) == "False");
  CHECK(error_of([] { hash_value(list_of({})); }) == "TypeError: unhashable type: 'list'");
  CHECK(hash_value(Value(int_type)) == hash_value(Value(int_type)));
  CHECK(truthy(S("a")));
  CHECK_FALSE(truthy(S("")));
  CHECK_FALSE(truthy(F(0.0)));
  CHECK_FALSE(truthy(list_of({})));
  CHECK(truthy(Value(ellipsis_obj)));
  CHECK_FALSE(truthy(op(BinOp::Sub, op(BinOp::Pow, I(2), I(64)), op(BinOp::Pow, I(2), I(64)))));
}

TEST_CASE("attributes, items, iteration and __index__ errors") {
  ensure_runtime();
  CHECK(error_of([] { get_attr(I(1), intern("x")); }) ==
        "AttributeError: 'int' object has no attribute 'x'");
  CHECK(get_attr_or_null(I(1), intern("x")).is_null());
  CHECK(error_of([] { set_attr(I(1), intern("x"), I(5)); }) ==
        "AttributeError: 'int' object has no attribute 'x'");
  CHECK(error_of([] { set_attr(I(1), intern("real"), I(5)); }) ==
        "AttributeError: attribute 'real' of 'int' objects is not writable");
  CHECK(error_of([] { set_attr(I(1), intern("bit_length"), I(5)); }) ==
        "AttributeError: 'int' object attribute 'bit_length' is read-only");
  CHECK(error_of([] { del_attr(I(1), intern("x")); }) ==
        "AttributeError: 'int' object has no attribute 'x'");
  CHECK(error_of([] { set_attr(Value(int_type), intern("x"), I(1)); }) ==
        "TypeError: cannot set 'x' attribute of immutable type 'int'");
  CHECK(error_of([] { length(I(1)); }) == "TypeError: object of type 'int' has no len()");
  CHECK(error_of([] { get_item(I(1), I(0)); }) == "TypeError: 'int' object is not subscriptable");
  CHECK(error_of([] { set_item(S("a"), I(0), I(1)); }) ==
        "TypeError: 'str' object does not support item assignment");
  CHECK(error_of([] { del_item(S("a"), I(0)); }) ==
        "TypeError: 'str' object doesn't support item deletion");
  CHECK(error_of([] { contains(I(1), I(1)); }) ==
        "TypeError: argument of type 'int' is not iterable");
  CHECK(error_of([] { get_iter(I(1)); }) == "TypeError: 'int' object is not iterable");
  Value out;
  CHECK(error_of([&] { iter_next(I(1), out); }) == "TypeError: 'int' object is not an iterator");
  CHECK(error_of([] { index_to_int64(F(1.5)); }) ==
        "TypeError: 'float' object cannot be interpreted as an integer");
  CHECK(error_of([] { index_to_int64(op(BinOp::Pow, I(2), I(64))); }) ==
        "OverflowError: Python int too large to convert to C ssize_t");
  CHECK(index_to_int64(B(true)) == 1);
  bool is_method = false;
  Value m = get_method(S("abc"), intern("upper"), is_method);
  CHECK(is_method);
  CHECK(r(call(m, {S("abc")})) == "'ABC'");
  m = get_method(I(3), intern("real"), is_method);
  CHECK_FALSE(is_method);
  CHECK(r(m) == "3");
}

TEST_CASE("slot wrappers expose each type's own dunder methods") {
  ensure_runtime();
  CHECK(r(method(S("a'b"), "__repr__")) == "'\"a\\'b\"'");
  CHECK(r(method(I(1000), "__eq__", {F(1000.0)})) == "True");
  CHECK(r(method(I(1), "__add__", {S("a")})) == "NotImplemented");
  CHECK(r(method(I(1), "__radd__", {I(2)})) == "3");
  CHECK(r(method(F(2.0), "__rpow__", {I(3)})) == "9.0");
  CHECK(r(method(I(5), "__rdivmod__", {I(2)})) == "(0, 2)");
  CHECK(method(S("ab"), "__hash__").as_int() == hash_value(S("ab")));
  CHECK(r(method(S("ab"), "__getitem__", {I(1)})) == "'b'");
  CHECK(r(method(S("ab"), "__len__")) == "2");
  CHECK(r(method(B(true), "__and__", {B(false)})) == "False");
  CHECK(error_of([] { method(get_iter(S("")), "__next__"); }) == "StopIteration");
  CHECK(error_of([] { method(I(1), "__add__"); }) == "TypeError: expected 1 argument, got 0");
  CHECK(error_of([] {
          call(get_attr(Value(int_type), intern("__add__")), {S("a"), I(1)});
        }) == "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'");
  CHECK(get_attr_or_null(S("a"), intern("__radd__")).is_null());
  CHECK(r(call(get_attr(Value(object_type), intern("__repr__")), {I(1)}))
            .rfind("'<int object at 0x", 0) == 0);
}

// --- object and type ---

TEST_CASE("object and type") {
  ensure_runtime();
  CHECK(r(Value(int_type)) == "<class 'int'>");
  CHECK(r(Value(type_type)) == "<class 'type'>");
  CHECK(construct(type_type, {S("a")}).is(Value(str_type)));
  CHECK(construct(type_type, {I(1)}).is(Value(int_type)));
  CHECK(error_of([] {
          construct(type_type, {I(1), I(2)});
        }) == "TypeError: type() takes 1 or 3 arguments");
  Value o = construct(object_type, {});
  std::string text = r(o);
  CHECK(text.rfind("<object object at 0x", 0) == 0);
  CHECK(text.back() == '>');
  CHECK(equals(o, o));
  CHECK_FALSE(equals(o, construct(object_type, {})));
  CHECK(hash_value(o) == hash_value(o));
  CHECK(error_of([] { construct(object_type, {I(1)}); }) ==
        "TypeError: object() takes no arguments");
  CHECK(method(o, "__init__").is_none());
  CHECK(error_of([&] { method(o, "__init__", {I(1)}); }) ==
        "TypeError: object.__init__() takes exactly one argument (the instance to initialize)");
  CHECK(get_attr(o, intern("__class__")).is(Value(object_type)));
  CHECK(get_attr(I(1), intern("__class__")).is(Value(int_type)));
  CHECK(get_attr(Value(int_type), intern("__class__")).is(Value(type_type)));
  CHECK(r(get_attr(Value(int_type), intern("__name__"))) == "'int'");
  CHECK(r(get_attr(Value(int_type), intern("__qualname__"))) == "'int'");
  CHECK(r(get_attr(Value(int_type), intern("__module__"))) == "'builtins'");
  CHECK(r(get_attr(Value(bool_type), intern("__mro__"))) ==
        "(<class 'bool'>, <class 'int'>, <class 'object'>)");
  CHECK(r(get_attr(Value(type_type), intern("__mro__"))) == "(<class 'type'>, <class 'object'>)");
  CHECK(r(get_attr(Value(int_type), intern("__base__"))) == "<class 'object'>");
  CHECK(r(get_attr(Value(int_type), intern("__bases__"))) == "(<class 'object'>,)");
  CHECK(r(get_attr(Value(object_type), intern("__base__"))) == "None");
  CHECK(r(method(Value(bool_type), "mro")) == "[<class 'bool'>, <class 'int'>, <class 'object'>]");
  CHECK(str_utf8(get_attr(Value(int_type), intern("__doc__"))).rfind("int([x]) -> integer\n", 0) ==
        0);
  CHECK(str_utf8(get_attr(I(1), intern("__doc__"))).rfind("int([x]) -> integer\n", 0) == 0);
  CHECK(is_dict(get_attr(Value(int_type), intern("__dict__"))));
  CHECK(error_of([] { get_attr(Value(int_type), intern("foo")); }) ==
        "AttributeError: type object 'int' has no attribute 'foo'");
  CHECK(Value(bool_type).as<TypeObject>()->is_subtype_of(object_type));
  CHECK_FALSE(Value(int_type).as<TypeObject>()->is_subtype_of(bool_type));
}

// --- deep structures: the trashcan and the recursion guards ---

namespace {

Value nested_lists(int depth) {
  Value v = Value(new_list());
  for (int i = 0; i < depth; ++i)
    v = Value(new_list({v}));
  return v;
}

Value nested_tuples(int depth, const Value& leaf) {
  Value v = Value(new_tuple({leaf}));
  for (int i = 0; i < depth; ++i)
    v = Value(new_tuple({v}));
  return v;
}

}  // namespace

TEST_CASE("freeing a million nested containers does not recurse per level") {
  ensure_runtime();
  Value head = nested_lists(1000000);
  head = Value::none();  // the whole chain goes here
  Value d = Value(new_dict());
  for (int i = 0; i < 1000000; ++i) {
    Value outer = Value(new_dict());
    set_item(outer, S("next"), d);
    d = outer;
  }
  d = Value();
  Value t = nested_tuples(1000000, I(1));
  t = Value();
  CHECK(r(nested_lists(2)) == "[[[]]]");  // still working afterwards
}

TEST_CASE("repr, compare and hash of deep nesting raise RecursionError or succeed") {
  ensure_runtime();
  const int depth_before = current_thread()->recursion_depth;
  Value a = nested_lists(100000);
  Value b = nested_lists(100000);
  CHECK(error_of([&] { repr(a); }) ==
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
  CHECK(error_of([&] { to_str(a); }) ==
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
  CHECK(error_of([&] { equals(a, b); }) ==
        "RecursionError: maximum recursion depth exceeded in comparison");
  CHECK(error_of([&] { compare(a, b, CmpOp::Lt); }) ==
        "RecursionError: maximum recursion depth exceeded in comparison");
  CHECK(equals(a, a));  // identity answers first
  CHECK(current_thread()->recursion_depth == depth_before);
  CHECK(r(nested_lists(300)).size() == 602);
  CHECK(equals(nested_lists(300), nested_lists(300)));

  // CPython hashes nested tuples without a limit; so does gilt, caching hashes bottom-up.
  Value t1 = nested_tuples(100000, I(1));
  Value t2 = nested_tuples(100000, I(1));
  Value t3 = nested_tuples(100000, I(2));
  CHECK(hash_value(t1) == hash_value(t2));
  CHECK(hash_value(t1) != hash_value(t3));
  CHECK(hash_value(nested_tuples(3, I(1))) == hash_value(nested_tuples(3, I(1))));
  CHECK(error_of([] { hash_value(nested_tuples(100000, Value(new_list()))); }) ==
        "TypeError: unhashable type: 'list'");
  CHECK(current_thread()->recursion_depth == depth_before);
}

}  // namespace gilt
