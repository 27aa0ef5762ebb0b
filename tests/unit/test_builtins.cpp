// Builtins, exceptions, argument checking, modules and traceback printing, with the exact
// messages CPython 3.11 produces (checked against python3).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "interpreter/compiler/compile.hpp"
#include "modules/sys.hpp"
#include "modules/sys_stream.hpp"
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/module.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/suggestions.hpp"
#include "runtime/tuple.hpp"
#include "tests/unit/support.hpp"

namespace gilt {
namespace {

using test::call_kw;
using test::ensure_runtime;
using test::error_of;

Value str(std::string_view s) {
  return make_str(s);
}

Value builtin(std::string_view name) {
  ensure_runtime();
  Value f = runtime->builtins->get(name);
  REQUIRE(!f.is_null());
  return f;
}

std::string call_error(std::string_view name, std::vector<Value> positional,
                       std::vector<std::pair<const char*, Value>> keywords = {}) {
  Value f = builtin(name);
  return error_of([&] { call_kw(f, positional, keywords); });
}

std::string repr_of(const Value& v) {
  return repr_utf8(v);
}

Value exception(TypeObject* type, std::vector<Value> args) {
  ensure_runtime();
  return call_kw(Value(type), std::move(args));
}

}  // namespace

TEST_CASE("argument checks use CPython's messages") {
  ensure_runtime();
  Value one = Value::integer(1);
  CHECK(call_error("len", {}) == "TypeError: len() takes exactly one argument (0 given)");
  CHECK(call_error("len", {one}, {{"x", one}}) == "TypeError: len() takes no keyword arguments");
  CHECK(call_error("max", {}) == "TypeError: max expected at least 1 argument, got 0");
  CHECK(call_error("divmod", {one}) == "TypeError: divmod expected 2 arguments, got 1");
  CHECK(call_error("getattr", {one}) == "TypeError: getattr expected at least 2 arguments, got 1");
  CHECK(call_error("pow", {}) == "TypeError: pow() missing required argument 'base' (pos 1)");
  CHECK(call_error("pow", {one, one, one, one}) ==
        "TypeError: pow() takes at most 3 arguments (4 given)");
  CHECK(call_error("sum", {}) == "TypeError: sum() takes at least 1 positional argument (0 given)");
  CHECK(call_error("sorted", {new_list({})}, {{"x", one}}) ==
        "TypeError: 'x' is an invalid keyword argument for sort()");
  CHECK(
      call_error("min", {new_list({})}, {{"key", Value::none()}, {"default", one}, {"foo", one}}) ==
      "TypeError: min() takes at most 2 keyword arguments (3 given)");
  CHECK(call_error("exec", {str("1"), Value::none(), Value::none(), one}) ==
        "TypeError: exec() takes at most 3 positional arguments (4 given)");
}

TEST_CASE("numeric builtins") {
  ensure_runtime();
  Value i = Value::integer(-31);
  CHECK(repr_of(call_kw(builtin("hex"), {i})) == "'-0x1f'");
  CHECK(repr_of(call_kw(builtin("oct"), {Value::integer(8)})) == "'0o10'");
  CHECK(repr_of(call_kw(builtin("bin"), {Value::boolean(true)})) == "'0b1'");
  CHECK(repr_of(call_kw(builtin("abs"), {Value::integer(INT64_MIN)})) == "9223372036854775808");
  CHECK(repr_of(call_kw(builtin("abs"), {Value::floating(-2.5)})) == "2.5");
  CHECK(call_error("abs", {str("a")}) == "TypeError: bad operand type for abs(): 'str'");
  CHECK(repr_of(call_kw(builtin("chr"), {Value::integer(0x20ac)})) == "'\xe2\x82\xac'");
  CHECK(call_error("chr", {Value::integer(-1)}) == "ValueError: chr() arg not in range(0x110000)");
  CHECK(repr_of(call_kw(builtin("ord"), {str("a")})) == "97");
  CHECK(call_error("ord", {str("ab")}) ==
        "TypeError: ord() expected a character, but string of length 2 found");
  CHECK(call_error("ord", {Value::integer(1)}) ==
        "TypeError: ord() expected string of length 1, but int found");
  Value nums = new_list({Value::integer(3), Value::integer(1), Value::integer(2)});
  CHECK(repr_of(call_kw(builtin("sum"), {nums})) == "6");
  CHECK(repr_of(call_kw(builtin("sum"), {nums}, {{"start", Value::floating(0.5)}})) == "6.5");
  CHECK(repr_of(call_kw(builtin("sum"), {new_list({Value::integer(INT64_MAX),
                                                   Value::integer(1)})})) == "9223372036854775808");
  CHECK(call_error("sum", {new_list({str("a")}), str("")}) ==
        "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  CHECK(repr_of(call_kw(builtin("max"), {nums})) == "3");
  CHECK(repr_of(call_kw(builtin("min"), {Value::integer(4), Value::integer(2)})) == "2");
  CHECK(call_error("max", {new_list({})}) == "ValueError: max() arg is an empty sequence");
  CHECK(repr_of(call_kw(builtin("max"), {new_list({})}, {{"default", Value::none()}})) == "None");
  CHECK(
      call_error("max", {Value::integer(1), Value::integer(2)}, {{"default", Value::integer(3)}}) ==
      "TypeError: Cannot specify a default for max() with multiple positional arguments");
  CHECK(repr_of(call_kw(builtin("divmod"), {Value::integer(7), Value::integer(2)})) == "(3, 1)");
  CHECK(repr_of(call_kw(builtin("pow"),
                        {Value::integer(2), Value::integer(-1), Value::integer(5)})) == "3");
}

TEST_CASE("iteration builtins") {
  ensure_runtime();
  Value items = new_list({Value::integer(3), Value::integer(1), Value::integer(2)});
  CHECK(repr_of(call_kw(builtin("sorted"), {items})) == "[1, 2, 3]");
  CHECK(repr_of(call_kw(builtin("sorted"), {items}, {{"reverse", Value::boolean(true)}})) ==
        "[3, 2, 1]");
  CHECK(repr_of(items) == "[3, 1, 2]");  // sorted copies
  CHECK(call_error("sorted", {}) == "TypeError: sorted expected 1 argument, got 0");
  CHECK(repr_of(call_kw(builtin("len"), {items})) == "3");
  CHECK(call_error("len", {Value::integer(1)}) == "TypeError: object of type 'int' has no len()");
  CHECK(repr_of(call_kw(builtin("any"), {new_list({Value::integer(0), Value::integer(2)})})) ==
        "True");
  CHECK(repr_of(call_kw(builtin("all"), {new_list({Value::integer(0)})})) == "False");
  Value it = call_kw(builtin("iter"), {items});
  CHECK(repr_of(call_kw(builtin("next"), {it})) == "3");
  CHECK(call_error("next", {Value::integer(1)}) == "TypeError: 'int' object is not an iterator");
  Value empty = call_kw(builtin("iter"), {new_list({})});
  CHECK(call_error("next", {empty}) == "StopIteration");
  CHECK(repr_of(call_kw(builtin("next"), {empty, Value::none()})) == "None");
  CHECK(call_error("iter", {Value::integer(1), Value::integer(2)}) ==
        "TypeError: iter(v, w): v must be callable");
}

TEST_CASE("introspection builtins") {
  ensure_runtime();
  Value one = Value::integer(1);
  Value types = new_tuple({Value(str_type), new_tuple({Value(int_type)})});
  CHECK(repr_of(call_kw(builtin("isinstance"), {one, types})) == "True");
  CHECK(repr_of(call_kw(builtin("isinstance"), {Value::boolean(true), Value(int_type)})) == "True");
  CHECK(call_error("isinstance", {one, one}) ==
        "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  CHECK(repr_of(call_kw(builtin("issubclass"), {Value(bool_type), Value(int_type)})) == "True");
  CHECK(call_error("issubclass", {one, Value(int_type)}) ==
        "TypeError: issubclass() arg 1 must be a class");
  CHECK(call_error("getattr", {one, Value::integer(2)}) ==
        "TypeError: attribute name must be string, not 'int'");
  CHECK(repr_of(call_kw(builtin("getattr"), {one, str("nope"), Value::none()})) == "None");
  CHECK(repr_of(call_kw(builtin("hasattr"), {one, str("nope")})) == "False");
  CHECK(repr_of(call_kw(builtin("callable"), {builtin("len")})) == "True");
  CHECK(str_utf8(call_kw(builtin("ascii"), {str("\xc3\xa9\xe2\x82\xac")})) == "'\\xe9\\u20ac'");
  Value a = call_kw(builtin("id"), {Value::integer(1000)});
  Value b = call_kw(builtin("id"), {Value::integer(1000)});
  CHECK(equals(a, b));
  CHECK(!equals(a, call_kw(builtin("id"), {Value::integer(1001)})));
}

TEST_CASE("exception repr, str and attributes") {
  ensure_runtime();
  Value x = str("x");
  CHECK(repr_of(exception(exc_ValueError, {x})) == "ValueError('x')");
  CHECK(repr_of(exception(exc_ValueError, {})) == "ValueError()");
  CHECK(repr_of(exception(exc_ValueError, {str("a"), Value::integer(1)})) == "ValueError('a', 1)");
  CHECK(str_utf8(exception(exc_ValueError, {})) == "");
  CHECK(str_utf8(exception(exc_ValueError, {str("a"), Value::integer(1)})) == "('a', 1)");
  CHECK(str_utf8(exception(exc_KeyError, {str("k")})) == "'k'");
  Value exit = exception(exc_SystemExit, {});
  CHECK(get_attr(exit, intern("code")).is_none());
  CHECK(repr_of(get_attr(exception(exc_SystemExit, {Value::integer(3)}), intern("code"))) == "3");
  Value os = exception(exc_OSError, {Value::integer(2), str("No such file or directory"), x});
  CHECK(type_of(os) == exc_FileNotFoundError);
  CHECK(str_utf8(os) == "[Errno 2] No such file or directory: 'x'");
  CHECK(repr_of(os) == "FileNotFoundError(2, 'No such file or directory')");
  CHECK(repr_of(get_attr(os, intern("errno"))) == "2");
  Value info = new_tuple({str("x.py"), Value::integer(3), Value::integer(4), str("a b")});
  Value syntax = exception(exc_SyntaxError, {str("invalid syntax"), info});
  CHECK(str_utf8(syntax) == "invalid syntax (x.py, line 3)");
  CHECK(repr_of(get_attr(syntax, intern("offset"))) == "4");
  CHECK(get_attr(exception(exc_SyntaxError, {x}), intern("lineno")).is_none());
  CHECK(error_of([&] {
          call_kw(Value(exc_ValueError), {}, {{"x", x}});
        }) == "TypeError: ValueError() takes no keyword arguments");
  Value err = exception(exc_ValueError, {x});
  CHECK(error_of([&] { set_attr(err, intern("__cause__"), Value::integer(1)); }) ==
        "TypeError: exception cause must be None or derive from BaseException");
  set_attr(err, intern("__cause__"), exception(exc_KeyError, {}));
  CHECK(get_attr(err, intern("__suppress_context__")).as_bool());
  set_attr(err, intern("extra"), Value::integer(5));
  CHECK(repr_of(get_attr(err, intern("extra"))) == "5");
  CHECK(get_attr(err, intern("__traceback__")).is_none());
  CHECK(get_attr(err, intern("__class__")).as_obj() == exc_ValueError);
  CHECK(repr_of(get_attr(err, intern("args"))) == "('x',)");
  set_attr(err, intern("args"), new_list({Value::integer(1), Value::integer(2)}));
  CHECK(repr_of(err) == "ValueError(1, 2)");
}

TEST_CASE("format_exception prints chains, tracebacks and suggestions as CPython") {
  ensure_runtime();
  register_source("t.py", "x = 1\ndef f():\n    return g()\n");
  Ref<CodeObject> module_code = make<CodeObject>();
  module_code->name = new_str("<module>");
  module_code->filename = new_str("t.py");
  module_code->positions = {Position{1, 1, 0, 0}};
  Ref<CodeObject> f_code = make<CodeObject>();
  f_code->name = new_str("f");
  f_code->filename = new_str("t.py");
  f_code->positions = {Position{3, 3, 4, 14}};

  Value inner = exception(exc_KeyError, {str("k")});
  Value outer = exception(exc_ValueError, {str("bad")});
  auto* e = outer.as<BaseExceptionObject>();
  e->traceback.push_back({f_code, 0});
  e->traceback.push_back({module_code, 0});
  e->context = inner;
  CHECK(format_exception(outer) ==
        "KeyError: 'k'\n"
        "\nDuring handling of the above exception, another exception occurred:\n\n"
        "Traceback (most recent call last):\n"
        "  File \"t.py\", line 1, in <module>\n"
        "    x = 1\n"
        "  File \"t.py\", line 3, in f\n"
        "    return g()\n"
        "ValueError: bad\n");
  e->cause = inner;
  e->suppress_context = true;
  CHECK(format_exception(outer).find("The above exception was the direct cause") !=
        std::string::npos);

  Value syntax =
      make_syntax_error(exc_SyntaxError, "invalid syntax", "x.py", 2, 5, "  if x y\n", 2, 8);
  CHECK(format_exception(syntax) ==
        "  File \"x.py\", line 2\n"
        "    if x y\n"
        "      ^^^\n"
        "SyntaxError: invalid syntax\n");

  CHECK(error_of([] { raise_attribute_error(new_list({}), intern("apend")); }) ==
        "AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?");
  CHECK(closest_name("pritn", {"print", "len"}) == "print");
  CHECK(closest_name("zzzz", {"print", "len"}).empty());
}

TEST_CASE("modules and import") {
  ensure_runtime();
  Value sys = import_name(intern("sys"), Value(), 0, nullptr);
  CHECK(repr_of(sys) == "<module 'sys' (built-in)>");
  CHECK(repr_of(runtime->modules->get("builtins")) == "<module 'builtins' (built-in)>");
  CHECK(repr_of(get_attr(sys, intern("__name__"))) == "'sys'");
  CHECK(is_dict(get_attr(sys, intern("__dict__"))));
  Ref<ModuleObject> m = make<ModuleObject>("m");
  m->dict->set("__file__", str("/p/m.py"));
  CHECK(repr_of(Value(m)) == "<module 'm' from '/p/m.py'>");
  CHECK(error_of([&] { get_attr(sys, intern("nope")); }) ==
        "AttributeError: module 'sys' has no attribute 'nope'");
  CHECK(error_of([] { import_name(intern("nope"), Value(), 0, nullptr); }) ==
        "ModuleNotFoundError: No module named 'nope'");
  CHECK(error_of([] { import_name(intern("sys.x"), Value(), 0, nullptr); }) ==
        "ModuleNotFoundError: No module named 'sys.x'; 'sys' is not a package");
  CHECK(error_of([&] {
          call_kw(get_attr(sys, intern("setrecursionlimit")), {Value::integer(0)});
        }) == "ValueError: recursion limit must be greater or equal than 1");
  CHECK(error_of([&] { call_kw(get_attr(sys, intern("exit")), {Value::integer(3)}); }) ==
        "SystemExit: 3");
}

TEST_CASE("exec, eval and compile run source through the compiler hook") {
  ensure_runtime();
  Ref<DictObject> ns = new_dict();
  call_kw(builtin("exec"), {str("x = 6 * 7"), Value(ns)});
  CHECK(repr_of(ns->get("x")) == "42");
  CHECK(!ns->get("__builtins__").is_null());
  CHECK(repr_of(call_kw(builtin("eval"), {str("  x + 1"), Value(ns)})) == "43");
  Value code = call_kw(builtin("compile"), {str("x * 2"), str("<s>"), str("eval")});
  CHECK(repr_of(call_kw(builtin("eval"), {code, Value(ns)})) == "84");
  CHECK(call_error("compile", {str("1"), str("f"), str("x")}) ==
        "ValueError: compile() mode must be 'exec', 'eval' or 'single'");
  CHECK(call_error("exec", {Value::integer(1)}) ==
        "TypeError: exec() arg 1 must be a string, bytes or code object");
  CHECK(call_error("eval", {str("1"), Value::integer(1)}) == "TypeError: globals must be a dict");
  CHECK(call_error("exec", {str("1"), Value::none(), Value::integer(1)}) ==
        "TypeError: locals must be a mapping or None, not int");
  CHECK(call_error("eval", {str("1 +")}) == "SyntaxError: invalid syntax");
}

TEST_CASE("print writes through a stream with sep and end") {
  ensure_runtime();
  FILE* f = tmpfile();
  REQUIRE(f);
  Value stream = new_std_stream(f, "<test>", "w");
  call_kw(builtin("print"), {Value::integer(1), str("a"), Value::none()},
          {{"sep", str("-")}, {"end", str("!\n")}, {"file", stream}});
  stream_flush(stream);
  rewind(f);
  char buf[64] = {};
  CHECK(fread(buf, 1, sizeof buf - 1, f) > 0);
  CHECK(std::string(buf) == "1-a-None!\n");
  fclose(f);
  CHECK(call_error("print", {}, {{"sep", Value::integer(1)}}) ==
        "TypeError: sep must be None or a string, not int");
  CHECK(call_error("print", {}, {{"foo", Value::integer(1)}}) ==
        "TypeError: 'foo' is an invalid keyword argument for print()");
}

}  // namespace gilt
