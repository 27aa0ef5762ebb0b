// Formatting at the C++ level: format_value / format_object / append_format_object, printf-style
// percent_format, str.format through the method table, and format_double, checked against
// CPython 3.11's results and messages. Script tests cover the language-level behaviour.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/format.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "tests/unit/support.hpp"

namespace gilt {
namespace {

using test::call_kw;
using test::ensure_runtime;
using test::error_of;
using test::F;
using test::I;
using test::S;

std::string text(const Value& v) {
  REQUIRE(is_str(v));
  return std::string(v.as<StrObject>()->view());
}
Value tuple(std::vector<Value> items) {
  return Value(new_tuple(std::move(items)));
}
std::string percent(std::string_view format, const Value& args) {
  return text(percent_format(S(format), args));
}
Value method(const Value& self, const char* name) {
  return get_attr(self, intern(name));
}

TEST_CASE("formatting a str that needs no change returns the same object") {
  ensure_runtime();
  Value s = S("unchanged text");
  CHECK(format_value(s, "").as_obj() == s.as_obj());
  CHECK(format_value(s, "5").as_obj() == s.as_obj());
  CHECK(format_value(s, "<14.20").as_obj() == s.as_obj());
  CHECK(format_object(s, S("")).as_obj() == s.as_obj());
  CHECK(text(format_value(s, "^16")) == " unchanged text ");
  CHECK(text(format_value(s, ".9")) == "unchanged");
}

TEST_CASE("append_format_object appends to the caller's buffer") {
  ensure_runtime();
  std::string out = "prefix:";
  append_format_object(out, I(255), "#06x");
  append_format_object(out, F(2.5), ".2e");
  append_format_object(out, S("é"), "*^5");
  append_format_object(out, Value::none(), "");
  CHECK(out == "prefix:0x00ff2.50e+00**é**None");
  CHECK(error_of([] {
          std::string o;
          append_format_object(o, Value::none(), "x");
        }) == "TypeError: unsupported format string passed to NoneType.__format__");
}

TEST_CASE("format_value reports CPython's spec errors") {
  ensure_runtime();
  CHECK(error_of([] { format_value(F(1.5), "d"); }) ==
        "ValueError: Unknown format code 'd' for object of type 'float'");
  CHECK(error_of([] { format_value(I(1), "日"); }) ==
        "ValueError: Unknown format code '\\x65e5' for object of type 'int'");
  CHECK(error_of([] { format_value(I(1), ",é"); }) ==
        "ValueError: Cannot specify ',' with '\\xe9'.");
  CHECK(error_of([] { format_value(I(1), "abc"); }) ==
        "ValueError: Invalid format specifier 'abc' for object of type 'int'");
  CHECK(error_of([] { format_value(S("s"), "+"); }) ==
        "ValueError: Sign not allowed in string format specifier");
  CHECK(error_of([] { format_value(S("s"), "."); }) ==
        "ValueError: Format specifier missing precision");
  CHECK(error_of([] { format_value(I(1), "1000000000000000000"); }) == "MemoryError");
}

TEST_CASE("digit grouping pads with zeros the way CPython does") {
  ensure_runtime();
  CHECK(text(format_value(I(1234), "07,")) == "001,234");
  CHECK(text(format_value(I(1234), "08,")) == "0,001,234");
  CHECK(text(format_value(I(-1234), "09_")) == "-0_001_234");
  CHECK(text(format_value(I(255), "#012_b")) == "0b0_1111_1111");
  CHECK(text(format_value(F(-1234567.5), "015,.1f")) == "-0,001,234,567.5");
  CHECK(text(format_value(make_int(BigInt(1) << 80), ",")) == "1,208,925,819,614,629,174,706,176");
}

TEST_CASE("format_double follows PyOS_double_to_string") {
  CHECK(format_double(0.1, 'r', 0, kDtsfAddDot0) == "0.1");
  CHECK(format_double(1e16, 'r', 0, kDtsfAddDot0) == "1e+16");
  CHECK(format_double(2.5, 'f', 0, 0) == "2");
  CHECK(format_double(2.5, 'f', 0, kDtsfAlt) == "2.");
  CHECK(format_double(-0.0, 'f', 1, kDtsfNoNegZero) == "0.0");
  CHECK(format_double(1.0, 'e', 3, kDtsfSign) == "+1.000e+00");
  CHECK(format_double(INFINITY, 'F', 2, 0) == "INF");
  CHECK(format_double(NAN, 'g', 2, kDtsfSign) == "+nan");
  CHECK(format_double(123456.0, 'g', 3, 0) == "1.23e+05");
}

TEST_CASE("percent_format: values, tuples and mappings") {
  ensure_runtime();
  CHECK(percent("%s|%5d|%-6.2f|%#x|%c", tuple({S("a"), I(42), F(3.14159), I(255), I(0x263A)})) ==
        "a|   42|3.14  |0xff|☺");
  CHECK(percent("%s", tuple({tuple({I(1), I(2)})})) == "(1, 2)");
  CHECK(percent("%d%%", I(50)) == "50%");
  CHECK(percent("[%*.*f]", tuple({I(-8), I(1), F(2.25)})) == "[2.2     ]");
  CHECK(percent("%+#010o|% 05d", tuple({I(8), I(-3)})) == "+0o0000010|-0003");
  CHECK(percent("%.3s|%5r", tuple({S("日本語です"), S("é")})) == "日本語|  'é'");
  CHECK(error_of([] { percent("%s %s", tuple({I(1)})); }) ==
        "TypeError: not enough arguments for format string");
  CHECK(error_of([] {
          percent("%s", tuple({I(1), I(2)}));
        }) == "TypeError: not all arguments converted during string formatting");
  CHECK(error_of([] { percent("%d", S("x")); }) ==
        "TypeError: %d format: a real number is required, not str");
  CHECK(error_of([] { percent("é%y", I(1)); }) ==
        "ValueError: unsupported format character 'y' (0x79) at index 2");
  CHECK(error_of([] { percent("%(k)s", I(1)); }) == "TypeError: format requires a mapping");
  CHECK(error_of([] { percent("abc%", I(1)); }) == "ValueError: incomplete format");
  CHECK(error_of([] { percent("%c", F(1.0)); }) == "TypeError: %c requires int or char");
}

TEST_CASE("str.format and str.format_map through the method table") {
  ensure_runtime();
  Value fmt = method(S("{0:>{1}}|{name!r}|{{}}|{2[1]}"), "format");
  Value r = call_kw(fmt, {S("ab"), I(4), tuple({I(7), I(8)})}, {{"name", S("n")}});
  CHECK(text(r) == "  ab|'n'|{}|8");
  CHECK(error_of([] { call_kw(method(S("{}{0}"), "format"), {I(1)}); }) ==
        "ValueError: cannot switch from automatic field numbering to manual field specification");
  CHECK(error_of([] { call_kw(method(S("{1}"), "format"), {I(1)}); }) ==
        "IndexError: Replacement index 1 out of range for positional args tuple");
  CHECK(error_of([] { call_kw(method(S("{x}"), "format"), {}); }) == "KeyError: 'x'");
  CHECK(error_of([] {
          call_kw(method(S("{:{:{}}}"), "format"), {I(1), I(2), I(3)});
        }) == "ValueError: Max string recursion exceeded");
  CHECK(error_of([] { call_kw(method(S("a}"), "format"), {}); }) ==
        "ValueError: Single '}' encountered in format string");
  CHECK(error_of([] { call_kw(method(S("{0}"), "format_map"), {Value(new_tuple({}))}); }) ==
        "ValueError: Format string contains positional fields");
}

}  // namespace
}  // namespace gilt
