// The VM: code objects assembled by hand and run through run_code / call_function. Covers
// the arithmetic fast paths and their overflow, loops, every argument-binding form and its
// CPython message, closures, exception handlers and traceback entries, and the recursion limit.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "interpreter/compiler/compile.hpp"
#include "runtime/api.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/generator.hpp"
#include "runtime/opcodes.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/thread_state.hpp"
#include "runtime/tuple.hpp"
#include "runtime/vm.hpp"

using namespace gilt;

namespace {

void ensure_runtime() {
  if (!runtime) init_runtime(nullptr);
}

// A tiny assembler: instructions with one line each, constants and names by value.
struct Asm {
  Ref<CodeObject> code = make<CodeObject>();
  int line = 1;

  explicit Asm(const char* name, std::vector<const char*> varnames = {}, int argcount = 0) {
    code->name = Ref<StrObject>(intern(name));
    code->qualname = code->name;
    code->filename = Ref<StrObject>(intern("<test>"));
    for (const char* v : varnames)
      code->varnames.emplace_back(intern(v));
    code->argcount = argcount;
    code->stacksize = 16;
    code->flags = kCodeOptimized;
  }
  Asm& op(Op o, uint32_t arg = 0) {
    code->code.push_back(encode(o, arg));
    code->positions.push_back(Position{line, line, 0, 0});
    return *this;
  }
  uint32_t k(const Value& v) {
    code->consts.push_back(v);
    return static_cast<uint32_t>(code->consts.size() - 1);
  }
  uint32_t n(const char* s) {
    for (size_t i = 0; i < code->names.size(); ++i)
      if (code->names[i]->view() == s) return static_cast<uint32_t>(i);
    code->names.emplace_back(intern(s));
    return static_cast<uint32_t>(code->names.size() - 1);
  }
  uint32_t here() const { return static_cast<uint32_t>(code->code.size()); }
  void patch(uint32_t at, uint32_t target) {
    code->code[at] = encode(op_of(code->code[at]), target);
  }
  Asm& konst(const Value& v) { return op(Op::LOAD_CONST, k(v)); }
};

Value str(const char* s) {
  return make_str(s);
}

Ref<DictObject> module_globals() {
  Ref<DictObject> g = new_dict();
  g->set("__name__", str("__main__"));
  return g;
}

Ref<FunctionObject> function(Asm& a, DictObject* globals) {
  return make<FunctionObject>(a.code, Ref<DictObject>(globals));
}

// "TypeError: msg" for the exception `fn` throws, "no error" otherwise.
template <class F>
std::string error_of(F&& fn) {
  try {
    fn();
  } catch (const PyException& e) {
    return type_name(e.exc) + ": " + str_utf8(e.exc);
  }
  return "no error";
}

template <class F>
Value exception_of(F&& fn) {
  try {
    fn();
  } catch (const PyException& e) {
    return e.exc;
  }
  return Value();
}

Value run(Asm& a, DictObject* globals = nullptr) {
  Ref<DictObject> g = globals ? Ref<DictObject>(globals) : module_globals();
  return run_code(a.code.get(), g.get());
}

Value binop(BinOp op, const Value& x, const Value& y) {
  Asm a("<module>");
  a.konst(x).konst(y).op(Op::BINARY_OP, static_cast<uint32_t>(op)).op(Op::RETURN_VALUE);
  return run(a);
}

bool cmp(CmpOp op, const Value& x, const Value& y) {
  Asm a("<module>");
  a.konst(x).konst(y).op(Op::COMPARE_OP, static_cast<uint32_t>(op)).op(Op::RETURN_VALUE);
  return run(a).as_bool();
}

Value call_with(FunctionObject* f, std::vector<Value> args, std::vector<const char*> kwnames = {}) {
  Ref<TupleObject> names;
  if (!kwnames.empty()) {
    std::vector<Value> items;
    for (const char* k : kwnames)
      items.emplace_back(intern(k));
    names = new_tuple(std::move(items));
  }
  return call_function(
      f, CallArgs{args.data(), args.size() - kwnames.size(), names.get(), kwnames.size()});
}

// A function whose body returns a tuple of all its locals (in varnames order).
Ref<FunctionObject> echo_function(const char* name, std::vector<const char*> varnames, int argcount,
                                  int posonly, int kwonly, uint32_t flags, DictObject* globals) {
  Asm a(name, varnames, argcount);
  a.code->posonlyargcount = posonly;
  a.code->kwonlyargcount = kwonly;
  a.code->flags |= flags;
  for (uint32_t i = 0; i < varnames.size(); ++i)
    a.op(Op::LOAD_FAST, i);
  a.op(Op::BUILD_TUPLE, static_cast<uint32_t>(varnames.size())).op(Op::RETURN_VALUE);
  return function(a, globals);
}

// A native that calls its first argument with the rest: recursion through C++.
Value call_first(const CallArgs& a) {
  return call(a[0], CallArgs{a.args + 1, a.nargs - 1, nullptr, 0});
}

}  // namespace

TEST_CASE("vm: int arithmetic and its overflow into big ints") {
  ensure_runtime();
  CHECK(binop(BinOp::Add, Value::integer(2), Value::integer(3)).as_int() == 5);
  CHECK(repr_utf8(binop(BinOp::Add, Value::integer(INT64_MAX), Value::integer(1))) ==
        "9223372036854775808");
  CHECK(repr_utf8(binop(BinOp::Sub, Value::integer(INT64_MIN), Value::integer(1))) ==
        "-9223372036854775809");
  CHECK(repr_utf8(binop(BinOp::Mul, Value::integer(3037000500), Value::integer(3037000500))) ==
        "9223372037000250000");
  CHECK(repr_utf8(binop(BinOp::InplaceMul, Value::integer(INT64_MAX), Value::integer(2))) ==
        "18446744073709551614");
  CHECK(binop(BinOp::FloorDiv, Value::integer(-7), Value::integer(2)).as_int() == -4);
  CHECK(binop(BinOp::Mod, Value::integer(-7), Value::integer(2)).as_int() == 1);
  CHECK(binop(BinOp::Mod, Value::integer(7), Value::integer(-2)).as_int() == -1);
  CHECK(binop(BinOp::Mod, Value::integer(INT64_MIN), Value::integer(-1)).as_int() == 0);
  CHECK(repr_utf8(binop(BinOp::FloorDiv, Value::integer(INT64_MIN), Value::integer(-1))) ==
        "9223372036854775808");
  CHECK(repr_utf8(binop(BinOp::LShift, Value::integer(1), Value::integer(70))) ==
        "1180591620717411303424");
  CHECK(binop(BinOp::LShift, Value::integer(-3), Value::integer(2)).as_int() == -12);
  CHECK(binop(BinOp::RShift, Value::integer(-7), Value::integer(100)).as_int() == -1);
  CHECK(binop(BinOp::TrueDiv, Value::integer(7), Value::integer(2)).as_float() == 3.5);
  CHECK(repr_utf8(binop(BinOp::Pow, Value::integer(2), Value::integer(100))) ==
        "1267650600228229401496703205376");
  CHECK(binop(BinOp::Xor, Value::integer(6), Value::integer(3)).as_int() == 5);
  CHECK(error_of([] { binop(BinOp::FloorDiv, Value::integer(1), Value::integer(0)); }) ==
        "ZeroDivisionError: integer division or modulo by zero");
  CHECK(error_of([] { binop(BinOp::TrueDiv, Value::integer(1), Value::integer(0)); }) ==
        "ZeroDivisionError: division by zero");
  CHECK(error_of([] { binop(BinOp::Add, Value::integer(1), str("a")); }) ==
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
}

TEST_CASE("vm: float arithmetic, mixed operands and comparisons") {
  ensure_runtime();
  CHECK(binop(BinOp::Add, Value::floating(1.5), Value::integer(2)).as_float() == 3.5);
  CHECK(binop(BinOp::Sub, Value::integer(2), Value::floating(0.5)).as_float() == 1.5);
  CHECK(binop(BinOp::Mul, Value::floating(1.5), Value::floating(2)).as_float() == 3.0);
  CHECK(error_of([] { binop(BinOp::TrueDiv, Value::floating(1), Value::floating(0)); }) ==
        "ZeroDivisionError: float division by zero");
  CHECK(cmp(CmpOp::Lt, Value::integer(1), Value::integer(2)));
  CHECK(cmp(CmpOp::Ge, Value::floating(2.5), Value::integer(2)));
  CHECK(cmp(CmpOp::Eq, Value::integer(2), Value::floating(2.0)));
  CHECK_FALSE(cmp(CmpOp::Ne, Value::integer(2), Value::floating(2.0)));
  // 2**53 + 1 has no exact double: the comparison must not go through one.
  CHECK_FALSE(
      cmp(CmpOp::Eq, Value::integer((int64_t{1} << 53) + 1), Value::floating(9007199254740992.0)));
  CHECK(
      cmp(CmpOp::Gt, Value::integer((int64_t{1} << 53) + 1), Value::floating(9007199254740992.0)));
  CHECK(cmp(CmpOp::Eq, str("ab"), str("ab")));
}

TEST_CASE("vm: unary operators and truthiness") {
  ensure_runtime();
  Asm a("<module>");
  a.konst(Value::integer(INT64_MIN)).op(Op::UNARY_NEGATIVE).op(Op::RETURN_VALUE);
  CHECK(repr_utf8(run(a)) == "9223372036854775808");
  Asm b("<module>");
  b.konst(Value::integer(5)).op(Op::UNARY_INVERT).op(Op::UNARY_NEGATIVE).op(Op::RETURN_VALUE);
  CHECK(run(b).as_int() == 6);
  Asm c("<module>");
  c.konst(str("")).op(Op::UNARY_NOT).op(Op::RETURN_VALUE);
  CHECK(run(c).as_bool());
  Asm d("<module>");
  d.konst(str("x")).op(Op::UNARY_NEGATIVE).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(d); }) == "TypeError: bad operand type for unary -: 'str'");
}

TEST_CASE("vm: for loop over range and while loop") {
  ensure_runtime();
  // total = 0; for i in range(10): total += i; return total
  Asm a("<module>", {"total", "i"});
  a.konst(Value::integer(0)).op(Op::STORE_FAST, 0);
  a.op(Op::PUSH_NULL)
      .op(Op::LOAD_GLOBAL, a.n("range"))
      .konst(Value::integer(10))
      .op(Op::CALL, 1)
      .op(Op::GET_ITER);
  uint32_t loop = a.here();
  a.op(Op::FOR_ITER, 0).op(Op::STORE_FAST, 1);
  a.op(Op::LOAD_FAST, 0)
      .op(Op::LOAD_FAST, 1)
      .op(Op::BINARY_OP, static_cast<uint32_t>(BinOp::InplaceAdd));
  a.op(Op::STORE_FAST, 0).op(Op::JUMP_BACKWARD, loop);
  a.patch(loop, a.here());
  a.op(Op::LOAD_FAST, 0).op(Op::RETURN_VALUE);
  CHECK(run(a).as_int() == 45);

  // n = 0; while n < 100000: n += 1; return n
  Asm w("<module>", {"n"});
  w.konst(Value::integer(0)).op(Op::STORE_FAST, 0);
  uint32_t top = w.here();
  w.op(Op::LOAD_FAST, 0)
      .konst(Value::integer(100000))
      .op(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Lt));
  uint32_t exit_jump = w.here();
  w.op(Op::POP_JUMP_IF_FALSE, 0);
  w.op(Op::LOAD_FAST, 0)
      .konst(Value::integer(1))
      .op(Op::BINARY_OP, static_cast<uint32_t>(BinOp::InplaceAdd));
  w.op(Op::STORE_FAST, 0).op(Op::JUMP_BACKWARD, top);
  w.patch(exit_jump, w.here());
  w.op(Op::LOAD_FAST, 0).op(Op::RETURN_VALUE);
  CHECK(run(w).as_int() == 100000);
}

TEST_CASE("vm: for loop over a list, building and unpacking") {
  ensure_runtime();
  // out = []; for x in [1, 2, 3]: out.append(x * 10); a, *b = out; return (a, b)
  Asm a("<module>", {"out", "x", "a", "b"});
  a.op(Op::BUILD_LIST, 0).op(Op::STORE_FAST, 0);
  a.konst(Value::integer(1))
      .konst(Value::integer(2))
      .konst(Value::integer(3))
      .op(Op::BUILD_LIST, 3)
      .op(Op::GET_ITER);
  uint32_t loop = a.here();
  a.op(Op::FOR_ITER, 0).op(Op::STORE_FAST, 1);
  a.op(Op::LOAD_FAST, 0).op(Op::LOAD_METHOD, a.n("append"));
  a.op(Op::LOAD_FAST, 1)
      .konst(Value::integer(10))
      .op(Op::BINARY_OP, static_cast<uint32_t>(BinOp::Mul));
  a.op(Op::CALL, 1).op(Op::POP_TOP).op(Op::JUMP_BACKWARD, loop);
  a.patch(loop, a.here());
  a.op(Op::LOAD_FAST, 0).op(Op::UNPACK_EX, 1).op(Op::STORE_FAST, 2).op(Op::STORE_FAST, 3);
  a.op(Op::LOAD_FAST, 2).op(Op::LOAD_FAST, 3).op(Op::BUILD_TUPLE, 2).op(Op::RETURN_VALUE);
  CHECK(repr_utf8(run(a)) == "(10, [20, 30])");
}

TEST_CASE("vm: unpacking messages") {
  ensure_runtime();
  auto unpack = [](const Value& v, uint32_t n) {
    Asm a("<module>");
    a.konst(v).op(Op::UNPACK_SEQUENCE, n).op(Op::BUILD_TUPLE, n).op(Op::RETURN_VALUE);
    return run(a);
  };
  CHECK(repr_utf8(unpack(str("ab"), 2)) == "('b', 'a')");  // item 1 ends on top
  CHECK(error_of([&] { unpack(Value::integer(1), 2); }) ==
        "TypeError: cannot unpack non-iterable int object");
  CHECK(error_of([&] { unpack(str("abc"), 2); }) ==
        "ValueError: too many values to unpack (expected 2)");
  CHECK(error_of([&] { unpack(str("ab"), 3); }) ==
        "ValueError: not enough values to unpack (expected 3, got 2)");
  CHECK(error_of([&] { unpack(Value(new_tuple({Value::integer(1)})), 2); }) ==
        "ValueError: not enough values to unpack (expected 2, got 1)");
  Asm ex("<module>");
  ex.konst(str("a")).op(Op::UNPACK_EX, 1 | (1 << 8)).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(ex); }) ==
        "ValueError: not enough values to unpack (expected at least 2, got 1)");
}

TEST_CASE("vm: argument binding of every parameter form") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  // def f(a, b, /, c, d=4, *args, e, f=6, **kw)
  Ref<FunctionObject> f = echo_function("f", {"a", "b", "c", "d", "e", "f", "args", "kw"}, 4, 2, 2,
                                        kCodeVarargs | kCodeVarkeywords, g.get());
  f->defaults = new_tuple({Value::integer(4)});
  f->kwdefaults = new_dict();
  f->kwdefaults->set("f", Value::integer(6));
  CHECK(repr_utf8(call_with(
            f.get(), {Value::integer(1), Value::integer(2), Value::integer(3), Value::integer(5)},
            {"e"})) == "(1, 2, 3, 4, 5, 6, (), {})");
  CHECK(repr_utf8(call_with(f.get(),
                            {Value::integer(1), Value::integer(2), Value::integer(3),
                             Value::integer(9), Value::integer(10), Value::integer(11),
                             Value::integer(5), Value::integer(7), Value::integer(8)},
                            {"e", "a", "z"})) == "(1, 2, 3, 9, 5, 6, (10, 11), {'a': 7, 'z': 8})");
  CHECK(error_of([&] {
          call_with(f.get(), {Value::integer(1), Value::integer(2), Value::integer(3)});
        }) == "TypeError: f() missing 1 required keyword-only argument: 'e'");

  // def f(a, b)
  Ref<FunctionObject> f2 = echo_function("f", {"a", "b"}, 2, 0, 0, 0, g.get());
  CHECK(repr_utf8(call_with(f2.get(), {Value::integer(1), Value::integer(2)}, {"b"})) == "(1, 2)");
  CHECK(repr_utf8(call_with(f2.get(), {Value::integer(2), Value::integer(1)}, {"b", "a"})) ==
        "(1, 2)");
  CHECK(error_of([&] { call_with(f2.get(), {Value::integer(1)}); }) ==
        "TypeError: f() missing 1 required positional argument: 'b'");
  CHECK(error_of([&] { call_with(f2.get(), {}); }) ==
        "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
  CHECK(error_of([&] {
          call_with(f2.get(), {Value::integer(1), Value::integer(2), Value::integer(3)});
        }) == "TypeError: f() takes 2 positional arguments but 3 were given");
  CHECK(error_of([&] {
          call_with(f2.get(), {Value::integer(1), Value::integer(2), Value::integer(3)}, {"z"});
        }) == "TypeError: f() got an unexpected keyword argument 'z'");
  CHECK(error_of([&] {
          call_with(f2.get(), {Value::integer(1), Value::integer(2)}, {"a"});
        }) == "TypeError: f() got multiple values for argument 'a'");

  // def f(a, b=2)
  Ref<FunctionObject> f3 = echo_function("f", {"a", "b"}, 2, 0, 0, 0, g.get());
  f3->defaults = new_tuple({Value::integer(2)});
  CHECK(repr_utf8(call_with(f3.get(), {Value::integer(1)})) == "(1, 2)");
  CHECK(error_of([&] {
          call_with(f3.get(), {Value::integer(1), Value::integer(2), Value::integer(3)});
        }) == "TypeError: f() takes from 1 to 2 positional arguments but 3 were given");

  // def f(a, b, c) and qualnames in messages
  Ref<FunctionObject> f4 = echo_function("m", {"a", "b", "c"}, 3, 0, 0, 0, g.get());
  f4->qualname = Ref<StrObject>(intern("C.m"));
  CHECK(error_of([&] { call_with(f4.get(), {}); }) ==
        "TypeError: C.m() missing 3 required positional arguments: 'a', 'b', and 'c'");

  // def f(*, k, j)
  Ref<FunctionObject> f5 = echo_function("f", {"k", "j"}, 0, 0, 2, 0, g.get());
  CHECK(error_of([&] { call_with(f5.get(), {}); }) ==
        "TypeError: f() missing 2 required keyword-only arguments: 'k' and 'j'");
  CHECK(error_of([&] { call_with(f5.get(), {Value::integer(1)}); }) ==
        "TypeError: f() takes 0 positional arguments but 1 was given");

  // def f(a, b, /, c, *, d)
  Ref<FunctionObject> f6 = echo_function("f", {"a", "b", "c", "d"}, 3, 2, 1, 0, g.get());
  CHECK(error_of([&] {
          call_with(f6.get(),
                    {Value::integer(1), Value::integer(2), Value::integer(3), Value::integer(4)},
                    {"a", "b", "c", "d"});
        }) ==
        "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a, b'");
  CHECK(
      error_of([&] {
        call_with(f6.get(),
                  {Value::integer(1), Value::integer(2), Value::integer(3), Value::integer(4),
                   Value::integer(5)},
                  {"d"});
      }) ==
      "TypeError: f() takes 3 positional arguments but 4 positional arguments (and 1 keyword-only "
      "argument) were given");

  // def f(a, /, **k): a positional-only name may also be a **kwargs key
  Ref<FunctionObject> f7 = echo_function("f", {"a", "k"}, 1, 1, 0, kCodeVarkeywords, g.get());
  CHECK(repr_utf8(call_with(f7.get(), {Value::integer(1), Value::integer(2)}, {"a"})) ==
        "(1, {'a': 2})");
}

TEST_CASE("vm: CALL with KW_NAMES, bound methods and natives") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  g->set("f", Value(echo_function("f", {"a", "b"}, 2, 0, 0, 0, g.get())));
  // f(1, b=2)
  Asm a("<module>");
  a.op(Op::PUSH_NULL)
      .op(Op::LOAD_GLOBAL, a.n("f"))
      .konst(Value::integer(1))
      .konst(Value::integer(2));
  a.op(Op::KW_NAMES, a.k(Value(new_tuple({Value(intern("b"))}))))
      .op(Op::CALL, 2)
      .op(Op::RETURN_VALUE);
  CHECK(repr_utf8(run(a, g.get())) == "(1, 2)");
  // a bound method m = BoundMethod(f, 7): m(8)
  g->set("m", Value(new BoundMethodObject(g->get("f"), Value::integer(7))));
  Asm b("<module>");
  b.op(Op::PUSH_NULL)
      .op(Op::LOAD_GLOBAL, b.n("m"))
      .konst(Value::integer(8))
      .op(Op::CALL, 1)
      .op(Op::RETURN_VALUE);
  CHECK(repr_utf8(run(b, g.get())) == "(7, 8)");
  CHECK(error_of([&] {
          Asm c("<module>");
          c.op(Op::PUSH_NULL)
              .op(Op::LOAD_GLOBAL, c.n("m"))
              .konst(Value::integer(8))
              .konst(Value::integer(9));
          c.op(Op::CALL, 2).op(Op::RETURN_VALUE);
          run(c, g.get());
        }) == "TypeError: f() takes 2 positional arguments but 3 were given");
  // [].append bound on attribute access, then len(x)
  Asm d("<module>", {"x"});
  d.op(Op::BUILD_LIST, 0).op(Op::STORE_FAST, 0);
  d.op(Op::PUSH_NULL)
      .op(Op::LOAD_FAST, 0)
      .op(Op::LOAD_ATTR, d.n("append"))
      .konst(Value::integer(5));
  d.op(Op::CALL, 1).op(Op::POP_TOP);
  d.op(Op::PUSH_NULL)
      .op(Op::LOAD_GLOBAL, d.n("len"))
      .op(Op::LOAD_FAST, 0)
      .op(Op::CALL, 1)
      .op(Op::RETURN_VALUE);
  CHECK(run(d, g.get()).as_int() == 1);
  // calling what is not callable
  Asm e("<module>");
  e.op(Op::PUSH_NULL).konst(Value::integer(1)).op(Op::CALL, 0).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(e); }) == "TypeError: 'int' object is not callable");
}

TEST_CASE("vm: CALL_FUNCTION_EX and its messages") {
  ensure_runtime();
  Ref<DictObject> g = new_dict();  // no __name__: messages say "f()", as CPython's exec({})
  g->set("f", Value(echo_function("f", {"a", "b"}, 2, 0, 0, 0, g.get())));
  auto call_ex = [&](const Value& star, const Value& kwargs) {
    Asm a("<module>");
    a.op(Op::PUSH_NULL).op(Op::LOAD_GLOBAL, a.n("f")).konst(star);
    if (!kwargs.is_null()) a.op(Op::BUILD_MAP, 0).konst(kwargs).op(Op::DICT_MERGE, 1);
    a.op(Op::CALL_FUNCTION_EX, kwargs.is_null() ? 0 : 1).op(Op::RETURN_VALUE);
    return run(a, g.get());
  };
  CHECK(repr_utf8(call_ex(Value(new_list({Value::integer(1), Value::integer(2)})), Value())) ==
        "(1, 2)");
  Ref<DictObject> kw = new_dict();
  kw->set("b", Value::integer(3));
  CHECK(repr_utf8(call_ex(Value(new_tuple({Value::integer(1)})), Value(kw))) == "(1, 3)");
  CHECK(error_of([&] { call_ex(Value::integer(1), Value()); }) ==
        "TypeError: f() argument after * must be an iterable, not int");
  CHECK(error_of([&] { call_ex(Value(empty_tuple()), Value::integer(1)); }) ==
        "TypeError: f() argument after ** must be a mapping, not int");
  Ref<DictObject> bad = new_dict();
  bad->set(Value::integer(1), Value::integer(2));
  CHECK(error_of([&] { call_ex(Value(empty_tuple()), Value(bad)); }) ==
        "TypeError: keywords must be strings");
  CHECK(error_of([&] { call_ex(Value(new_tuple({Value::integer(1)})), Value(new_dict())); }) ==
        "TypeError: f() missing 1 required positional argument: 'b'");
  // f(**{'a': 1}, **{'a': 2})
  Asm dup("<module>");
  dup.op(Op::PUSH_NULL)
      .op(Op::LOAD_GLOBAL, dup.n("f"))
      .konst(Value(empty_tuple()))
      .op(Op::BUILD_MAP, 0);
  Ref<DictObject> one = new_dict();
  one->set("a", Value::integer(1));
  dup.konst(Value(one)).op(Op::DICT_MERGE, 1).konst(Value(one)).op(Op::DICT_MERGE, 1);
  dup.op(Op::CALL_FUNCTION_EX, 1).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(dup, g.get()); }) ==
        "TypeError: f() got multiple values for keyword argument 'a'");
  // a __main__ function is named with its module, as _PyObject_FunctionStr does
  Ref<DictObject> main_globals = module_globals();
  main_globals->set("f",
                    Value(echo_function("f", {"a"}, 1, 0, 0, kCodeVarargs, main_globals.get())));
  Asm m("<module>");
  m.op(Op::PUSH_NULL)
      .op(Op::LOAD_GLOBAL, m.n("f"))
      .konst(Value::integer(1))
      .op(Op::CALL_FUNCTION_EX, 0);
  m.op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(m, main_globals.get()); }) ==
        "TypeError: __main__.f() argument after * must be an iterable, not int");
}

TEST_CASE("vm: closures through cells") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  // def outer(x): def inner(): return x; return inner  (x is a captured parameter: cell2arg)
  Asm inner("inner");
  inner.code->freevars.emplace_back(intern("x"));
  inner.code->qualname = Ref<StrObject>(intern("outer.<locals>.inner"));
  inner.op(Op::LOAD_DEREF, 0).op(Op::RETURN_VALUE);
  Asm outer("outer", {"x"}, 1);
  outer.code->cellvars.emplace_back(intern("x"));
  outer.code->cell2arg = {0};
  outer.op(Op::LOAD_CLOSURE, 0)
      .op(Op::BUILD_TUPLE, 1)
      .konst(Value(inner.code))
      .op(Op::MAKE_FUNCTION, 8);
  outer.op(Op::RETURN_VALUE);
  Ref<FunctionObject> f = function(outer, g.get());
  Value closure = call_with(f.get(), {Value::integer(42)});
  CHECK(repr_utf8(closure).rfind("<function outer.<locals>.inner at 0x", 0) == 0);
  CHECK(call(closure, std::initializer_list<Value>{}).as_int() == 42);

  // a cell read before it is bound: UnboundLocalError in its own scope, NameError as a free var
  Asm early("early", {});
  early.code->cellvars.emplace_back(intern("y"));
  early.op(Op::LOAD_DEREF, 0).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { call_with(function(early, g.get()).get(), {}); }) ==
        "UnboundLocalError: cannot access local variable 'y' where it is not associated with a "
        "value");
  Asm free_user("g");
  free_user.code->freevars.emplace_back(intern("y"));
  free_user.op(Op::LOAD_DEREF, 0).op(Op::RETURN_VALUE);
  Ref<FunctionObject> fu = function(free_user, g.get());
  fu->closure = new_tuple({Value(new CellObject())});
  CHECK(error_of([&] { call_with(fu.get(), {}); }) ==
        "NameError: cannot access free variable 'y' where it is not associated with a value in "
        "enclosing scope");
}

TEST_CASE("vm: names: locals dict, globals, builtins and their errors") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  Asm a("<module>");
  a.konst(Value::integer(3)).op(Op::STORE_NAME, a.n("x")).op(Op::LOAD_NAME, a.n("x"));
  a.op(Op::PUSH_NULL).op(Op::LOAD_NAME, a.n("abs")).konst(Value::integer(-4)).op(Op::CALL, 1);
  a.op(Op::BINARY_OP, static_cast<uint32_t>(BinOp::Add)).op(Op::RETURN_VALUE);
  CHECK(run(a, g.get()).as_int() == 7);
  CHECK(g->get("x").as_int() == 3);
  Asm b("<module>");
  b.op(Op::LOAD_NAME, b.n("nope")).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(b, g.get()); }) == "NameError: name 'nope' is not defined");
  Asm c("f", {"v"});
  c.op(Op::LOAD_FAST, 0).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { call_with(function(c, g.get()).get(), {}); }) ==
        "UnboundLocalError: cannot access local variable 'v' where it is not associated with a "
        "value");

  // LOAD_GLOBAL's cache must see a changed global, a deleted one, and a shadowed builtin
  Asm d("get");
  d.op(Op::LOAD_GLOBAL, d.n("x")).op(Op::RETURN_VALUE);
  Ref<FunctionObject> get = function(d, g.get());
  CHECK(call_with(get.get(), {}).as_int() == 3);
  CHECK(call_with(get.get(), {}).as_int() == 3);
  g->set("x", Value::integer(4));
  CHECK(call_with(get.get(), {}).as_int() == 4);
  g->remove(Value(intern("x")));
  CHECK(error_of([&] { call_with(get.get(), {}); }) == "NameError: name 'x' is not defined");
  runtime->builtins->set("x", Value::integer(5));
  CHECK(call_with(get.get(), {}).as_int() == 5);
  g->set("x", Value::integer(6));
  CHECK(call_with(get.get(), {}).as_int() == 6);
  runtime->builtins->remove(Value(intern("x")));
  // the same code object under other globals must not read the first one's cache
  Ref<DictObject> g2 = module_globals();
  g2->set("x", Value::integer(7));
  CHECK(call_with(function(d, g2.get()).get(), {}).as_int() == 7);
  CHECK(call_with(get.get(), {}).as_int() == 6);
}

TEST_CASE("vm: exception handlers, matching and traceback entries") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  // try: 1 / 0  except ZeroDivisionError: return "caught"   (other exceptions re-raised)
  auto guarded = [&](const Value& divisor) {
    Asm a("<module>");
    uint32_t setup = a.here();
    a.op(Op::SETUP_FINALLY, 0);
    a.line = 2;
    a.konst(Value::integer(1))
        .konst(divisor)
        .op(Op::BINARY_OP, static_cast<uint32_t>(BinOp::TrueDiv));
    a.op(Op::POP_BLOCK).op(Op::RETURN_VALUE);
    a.patch(setup, a.here());
    a.line = 3;
    a.op(Op::PUSH_EXC_INFO).op(Op::LOAD_GLOBAL, a.n("ZeroDivisionError")).op(Op::CHECK_EXC_MATCH);
    uint32_t no_match = a.here();
    a.op(Op::POP_JUMP_IF_FALSE, 0);
    a.op(Op::POP_TOP).op(Op::POP_EXCEPT).konst(str("caught")).op(Op::RETURN_VALUE);
    a.patch(no_match, a.here());
    a.op(Op::ROT_TWO).op(Op::POP_EXCEPT).op(Op::RERAISE);
    return run(a, g.get());
  };
  CHECK(str_utf8(guarded(Value::integer(0))) == "caught");
  CHECK(guarded(Value::integer(2)).as_float() == 0.5);
  Value exc = exception_of([&] { guarded(str("x")); });
  REQUIRE(is_exception(exc));
  CHECK(str_utf8(exc) == "unsupported operand type(s) for /: 'int' and 'str'");
  // raised once at the division (line 2); the RERAISE adds nothing
  auto& tb = exc.as<BaseExceptionObject>()->traceback;
  REQUIRE(tb.size() == 1);
  CHECK(tb[0].code->line_at(static_cast<size_t>(tb[0].ip)) == 2);
  CHECK(current_thread()->handled_exc.is_null());

  // except 1: -> TypeError "catching classes that do not inherit from BaseException is not allowed"
  Asm bad("<module>");
  uint32_t setup = bad.here();
  bad.op(Op::SETUP_FINALLY, 0).op(Op::LOAD_ASSERTION_ERROR).op(Op::RAISE_VARARGS, 1);
  bad.patch(setup, bad.here());
  bad.op(Op::PUSH_EXC_INFO).konst(Value::integer(1)).op(Op::CHECK_EXC_MATCH).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(bad, g.get()); }) ==
        "TypeError: catching classes that do not inherit from BaseException is not allowed");
  current_thread()->handled_exc = Value();  // the hand-made handler above leaves it set
}

TEST_CASE("vm: traceback entries across Python frames and natives") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  // def inner(): raise ValueError("bad")   (line 10)
  Asm inner("inner");
  inner.line = 10;
  inner.op(Op::PUSH_NULL)
      .op(Op::LOAD_GLOBAL, inner.n("ValueError"))
      .konst(str("bad"))
      .op(Op::CALL, 1);
  inner.op(Op::RAISE_VARARGS, 1);
  g->set("inner", Value(function(inner, g.get())));
  // def middle(): call_first(inner)   (line 20): through a native and a nested loop
  add_function(g.get(), "call_first", call_first);
  Asm middle("middle");
  middle.line = 20;
  middle.op(Op::PUSH_NULL)
      .op(Op::LOAD_GLOBAL, middle.n("call_first"))
      .op(Op::LOAD_GLOBAL, middle.n("inner"));
  middle.op(Op::CALL, 1).op(Op::RETURN_VALUE);
  g->set("middle", Value(function(middle, g.get())));
  // module: middle()   (line 30)
  Asm top("<module>");
  top.line = 30;
  top.op(Op::PUSH_NULL).op(Op::LOAD_NAME, top.n("middle")).op(Op::CALL, 0).op(Op::RETURN_VALUE);
  ThreadState* ts = current_thread();
  int depth = ts->recursion_depth;
  Value exc = exception_of([&] { run(top, g.get()); });
  REQUIRE(is_exception(exc));
  CHECK(str_utf8(exc) == "bad");
  auto& tb = exc.as<BaseExceptionObject>()->traceback;
  REQUIRE(tb.size() == 3);  // innermost first
  CHECK(tb[0].code->name->view() == "inner");
  CHECK(tb[0].code->line_at(static_cast<size_t>(tb[0].ip)) == 10);
  CHECK(op_of(tb[0].code->code[static_cast<size_t>(tb[0].ip)]) == Op::RAISE_VARARGS);
  CHECK(tb[1].code->name->view() == "middle");
  CHECK(op_of(tb[1].code->code[static_cast<size_t>(tb[1].ip)]) == Op::CALL);
  CHECK(tb[2].code->name->view() == "<module>");
  CHECK(tb[2].code->line_at(static_cast<size_t>(tb[2].ip)) == 30);
  CHECK(ts->recursion_depth == depth);
  CHECK(ts->frame == nullptr);
}

TEST_CASE("vm: raise forms, implicit chaining and bare raise") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  auto raise_of = [&](const Value& exc, const Value* cause) {
    Asm a("<module>");
    a.konst(exc);
    if (cause) a.konst(*cause);
    a.op(Op::RAISE_VARARGS, cause ? 2 : 1);
    return exception_of([&] { run(a, g.get()); });
  };
  Value e1 = raise_of(Value(exc_KeyError), nullptr);
  CHECK(type_of(e1) == exc_KeyError);
  CHECK(error_of([&] { throw PyException{raise_of(Value::integer(1), nullptr)}; }) ==
        "TypeError: exceptions must derive from BaseException");
  Value none = Value::none();
  Value e2 = raise_of(Value(exc_ValueError), &none);
  CHECK(e2.as<BaseExceptionObject>()->suppress_context);
  CHECK(e2.as<BaseExceptionObject>()->cause.is_null());
  Value cls = Value(exc_KeyError);
  Value e3 = raise_of(Value(exc_ValueError), &cls);
  CHECK(type_of(e3.as<BaseExceptionObject>()->cause) == exc_KeyError);
  Value one = Value::integer(1);
  CHECK(error_of([&] { throw PyException{raise_of(Value(exc_ValueError), &one)}; }) ==
        "TypeError: exception causes must derive from BaseException");

  Asm bare("<module>");
  bare.op(Op::RAISE_VARARGS, 0);
  CHECK(error_of([&] { run(bare, g.get()); }) == "RuntimeError: No active exception to reraise");

  // try: raise ValueError  except: raise KeyError   → KeyError.__context__ is the ValueError;
  // a native error inside the handler is chained the same way
  auto chained = [&](bool native) {
    Asm a("<module>");
    uint32_t setup = a.here();
    a.op(Op::SETUP_FINALLY, 0).konst(Value(exc_ValueError)).op(Op::RAISE_VARARGS, 1);
    a.patch(setup, a.here());
    a.op(Op::PUSH_EXC_INFO);
    uint32_t cleanup = a.here();
    a.op(Op::SETUP_CLEANUP, 0);
    if (native) {
      a.konst(Value::integer(1))
          .konst(Value::integer(0))
          .op(Op::BINARY_OP, static_cast<uint32_t>(BinOp::FloorDiv));
    } else {
      a.konst(Value(exc_KeyError)).op(Op::RAISE_VARARGS, 1);
    }
    a.patch(cleanup, a.here());
    a.op(Op::POP_EXCEPT_AND_RERAISE);
    return exception_of([&] { run(a, g.get()); });
  };
  for (bool native : {false, true}) {
    Value e = chained(native);
    REQUIRE(is_exception(e));
    CHECK(type_of(e) == (native ? exc_ZeroDivisionError : exc_KeyError));
    Value context = e.as<BaseExceptionObject>()->context;
    REQUIRE(is_exception(context));
    CHECK(type_of(context) == exc_ValueError);
    CHECK(current_thread()->handled_exc.is_null());
  }
}

TEST_CASE("vm: recursion limit, in Python and through natives") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  g->set("n", Value::integer(0));
  // def f(): global n; n += 1; f()
  Asm f("f");
  f.op(Op::LOAD_GLOBAL, f.n("n"))
      .konst(Value::integer(1))
      .op(Op::BINARY_OP, static_cast<uint32_t>(BinOp::InplaceAdd));
  f.op(Op::STORE_GLOBAL, f.n("n"));
  f.op(Op::PUSH_NULL).op(Op::LOAD_GLOBAL, f.n("f")).op(Op::CALL, 0).op(Op::RETURN_VALUE);
  g->set("f", Value(function(f, g.get())));
  Asm top("<module>");
  top.op(Op::PUSH_NULL).op(Op::LOAD_NAME, top.n("f")).op(Op::CALL, 0).op(Op::RETURN_VALUE);
  ThreadState* ts = current_thread();
  CHECK(error_of([&] { run(top, g.get()); }) == "RecursionError: maximum recursion depth exceeded");
  CHECK(g->get("n").as_int() == 999);  // as CPython: the module frame plus 999 calls of f
  CHECK(ts->recursion_depth == 0);
  CHECK(ts->frame == nullptr);

  // def h(): call_first(h): each level is a Python frame plus a nested loop
  add_function(g.get(), "call_first", call_first);
  Asm h("h");
  h.op(Op::PUSH_NULL).op(Op::LOAD_GLOBAL, h.n("call_first")).op(Op::LOAD_GLOBAL, h.n("h"));
  h.op(Op::CALL, 1).op(Op::RETURN_VALUE);
  g->set("h", Value(function(h, g.get())));
  Asm top2("<module>");
  top2.op(Op::PUSH_NULL).op(Op::LOAD_NAME, top2.n("h")).op(Op::CALL, 0).op(Op::RETURN_VALUE);
  CHECK(error_of([&] {
          run(top2, g.get());
        }).rfind("RecursionError: maximum recursion depth exceeded", 0) == 0);
  CHECK(ts->recursion_depth == 0);
  CHECK(ts->nested_loops == 0);

  // with a huge limit, the C++ stack guard stops native recursion before the stack overflows
  int saved = runtime->recursion_limit;
  runtime->recursion_limit = 10000000;
  CHECK(error_of([&] { run(top2, g.get()); }) ==
        "RecursionError: maximum recursion depth exceeded while calling a Python object");
  runtime->recursion_limit = saved;
  CHECK(ts->recursion_depth == 0);
}

TEST_CASE("vm: deep Python recursion does not use the C++ stack") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  // def d(k): return 0 if k == 0 else 1 + d(k - 1)
  Asm d("d", {"k"}, 1);
  d.op(Op::LOAD_FAST, 0)
      .konst(Value::integer(0))
      .op(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Eq));
  uint32_t jump = d.here();
  d.op(Op::POP_JUMP_IF_FALSE, 0).konst(Value::integer(0)).op(Op::RETURN_VALUE);
  d.patch(jump, d.here());
  d.konst(Value::integer(1)).op(Op::PUSH_NULL).op(Op::LOAD_GLOBAL, d.n("d"));
  d.op(Op::LOAD_FAST, 0)
      .konst(Value::integer(1))
      .op(Op::BINARY_OP, static_cast<uint32_t>(BinOp::Sub));
  d.op(Op::CALL, 1).op(Op::BINARY_OP, static_cast<uint32_t>(BinOp::Add)).op(Op::RETURN_VALUE);
  Ref<FunctionObject> fn = function(d, g.get());
  g->set("d", Value(fn));
  int saved = runtime->recursion_limit;
  runtime->recursion_limit = 200000;
  CHECK(call_with(fn.get(), {Value::integer(150000)}).as_int() == 150000);
  runtime->recursion_limit = saved;
}

TEST_CASE("vm: with statement protocol errors, generators and imports") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  Asm w("<module>");
  w.konst(Value::integer(1)).op(Op::BEFORE_WITH).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(w, g.get()); }) ==
        "TypeError: 'int' object does not support the context manager protocol");
  Asm gen("gen");
  gen.op(Op::RETURN_GENERATOR).op(Op::RETURN_VALUE);  // returns what the first resume sends
  Value made = call_with(function(gen, g.get()).get(), {});
  REQUIRE(is_generator(made));
  Value out;
  CHECK_FALSE(generator_send(made.as<GeneratorObject>(), Value(), out));
  CHECK(out.is_none());
  CHECK(made.as<GeneratorObject>()->state == GenState::Finished);
  Asm imp("<module>");
  imp.konst(Value::integer(0)).konst(Value(new_tuple({Value(intern("nothing"))})));
  imp.op(Op::IMPORT_NAME, imp.n("sys")).op(Op::IMPORT_FROM, imp.n("nothing")).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(imp, g.get()); }) ==
        "ImportError: cannot import name 'nothing' from 'sys' (unknown location)");
}

TEST_CASE("vm: function, native and bound method objects") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  Asm a("f");
  a.konst(Value::none()).op(Op::RETURN_VALUE);
  Ref<FunctionObject> f = function(a, g.get());
  CHECK(repr_utf8(Value(f)).rfind("<function f at 0x", 0) == 0);
  CHECK(str_utf8(get_attr(Value(f), intern("__name__"))) == "f");
  CHECK(str_utf8(get_attr(Value(f), intern("__module__"))) == "__main__");
  CHECK(get_attr(Value(f), intern("__defaults__")).is_none());
  set_attr(Value(f), intern("tag"), Value::integer(3));
  CHECK(get_attr(Value(f), intern("tag")).as_int() == 3);
  CHECK(repr_utf8(runtime->builtins->get("len")) == "<built-in function len>");
  Value list = Value(new_list());
  Value append = get_attr(list, intern("append"));
  CHECK(repr_utf8(append).rfind("<built-in method append of list object at 0x", 0) == 0);
  CHECK(str_utf8(get_attr(append, intern("__qualname__"))) == "list.append");
  Value m = Value(new BoundMethodObject(Value(f), Value::integer(1)));
  CHECK(repr_utf8(m) == "<bound method f of 1>");
  CHECK(equals(m, Value(new BoundMethodObject(Value(f), Value::integer(1)))));
  CHECK(is_callable(m));
  CHECK_FALSE(is_callable(Value::integer(1)));
}

TEST_CASE("vm: subscripts, membership, identity and displays") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  auto subscr = [&](const Value& c, const Value& k) {
    Asm a("<module>");
    a.konst(c).konst(k).op(Op::BINARY_SUBSCR).op(Op::RETURN_VALUE);
    return run(a, g.get());
  };
  Value list = Value(new_list({Value::integer(1), Value::integer(2), Value::integer(3)}));
  CHECK(subscr(list, Value::integer(-1)).as_int() == 3);
  CHECK(str_utf8(subscr(Value(new_tuple({str("a")})), Value::integer(0))) == "a");
  CHECK(error_of([&] { subscr(list, Value::integer(3)); }) ==
        "IndexError: list index out of range");
  Ref<DictObject> d = new_dict();
  d->set("k", Value::integer(9));
  CHECK(subscr(Value(d), str("k")).as_int() == 9);
  CHECK(error_of([&] { subscr(Value(d), str("z")); }) == "KeyError: 'z'");

  // l[0] = 5; d["n"] = 6; del d["k"]; return (l, d, 5 in l, 4 not in l, None is None)
  Asm s("<module>", {"l", "d"});
  s.konst(list).op(Op::STORE_FAST, 0).konst(Value(d)).op(Op::STORE_FAST, 1);
  s.konst(Value::integer(5)).op(Op::LOAD_FAST, 0).konst(Value::integer(0)).op(Op::STORE_SUBSCR);
  s.konst(Value::integer(6)).op(Op::LOAD_FAST, 1).konst(str("n")).op(Op::STORE_SUBSCR);
  s.op(Op::LOAD_FAST, 1).konst(str("k")).op(Op::DELETE_SUBSCR);
  s.op(Op::LOAD_FAST, 0).op(Op::LOAD_FAST, 1);
  s.konst(Value::integer(5)).op(Op::LOAD_FAST, 0).op(Op::CONTAINS_OP, 0);
  s.konst(Value::integer(4)).op(Op::LOAD_FAST, 0).op(Op::CONTAINS_OP, 1);
  s.konst(Value::none()).konst(Value::none()).op(Op::IS_OP, 0);
  s.op(Op::BUILD_TUPLE, 5).op(Op::RETURN_VALUE);
  CHECK(repr_utf8(run(s, g.get())) == "([5, 2, 3], {'n': 6}, True, True, True)");

  // {1: 'a', **{2: 'b'}}, {*[1, 1], 2}, (*[1], 2), [1, 2, 3][1:]
  Asm b("<module>");
  b.konst(Value::integer(1)).konst(str("a")).op(Op::BUILD_MAP, 1);
  Ref<DictObject> extra = new_dict();
  extra->set(Value::integer(2), str("b"));
  b.konst(Value(extra)).op(Op::DICT_UPDATE, 1);
  b.op(Op::BUILD_SET, 0)
      .konst(Value(new_list({Value::integer(1), Value::integer(1)})))
      .op(Op::SET_UPDATE, 1);
  b.konst(Value::integer(2)).op(Op::SET_ADD, 1);
  b.op(Op::BUILD_LIST, 0).konst(Value(new_list({Value::integer(1)}))).op(Op::LIST_EXTEND, 1);
  b.konst(Value::integer(2)).op(Op::LIST_APPEND, 1).op(Op::LIST_TO_TUPLE);
  b.konst(list)
      .konst(Value::integer(1))
      .konst(Value::none())
      .op(Op::BUILD_SLICE, 2)
      .op(Op::BINARY_SUBSCR);
  b.op(Op::BUILD_TUPLE, 4).op(Op::RETURN_VALUE);
  CHECK(repr_utf8(run(b, g.get())) == "({1: 'a', 2: 'b'}, {1, 2}, (1, 2), [2, 3])");
  Asm bad("<module>");
  bad.op(Op::BUILD_MAP, 0).konst(Value::integer(1)).op(Op::DICT_UPDATE, 1).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(bad, g.get()); }) == "TypeError: 'int' object is not a mapping");
  Asm star("<module>");
  star.op(Op::BUILD_LIST, 0).konst(Value::integer(1)).op(Op::LIST_EXTEND, 1).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(star, g.get()); }) ==
        "TypeError: Value after * must be an iterable, not int");
}

TEST_CASE("vm: f-strings through FORMAT_VALUE and BUILD_STRING") {
  ensure_runtime();
  // f"{x!r:>5}|{y}|{z:.2f}"
  Asm a("<module>");
  a.konst(str("ab")).konst(str(">6")).op(Op::FORMAT_VALUE, 2 | 4).konst(str("|"));
  a.konst(Value::integer(7)).op(Op::FORMAT_VALUE, 0).konst(str("|"));
  a.konst(Value::floating(3.14159)).konst(str(".2f")).op(Op::FORMAT_VALUE, 4);
  a.op(Op::BUILD_STRING, 5).op(Op::RETURN_VALUE);
  CHECK(str_utf8(run(a)) == "  'ab'|7|3.14");
}

namespace {
Value locals_probe(const CallArgs&) {
  return current_locals();
}
}  // namespace

TEST_CASE("vm: class bodies, LOAD_CLASSDEREF and what builtins read from frames") {
  ensure_runtime();
  Ref<DictObject> g = module_globals();
  // def outer(): v = 1; class body: v2 = v (through LOAD_CLASSDEREF, the namespace first)
  Asm body("C");
  body.code->flags = 0;  // a class body: names go to the namespace dict
  body.code->freevars.emplace_back(intern("v"));
  body.op(Op::LOAD_CLASSDEREF, 0)
      .op(Op::STORE_NAME, body.n("w"))
      .konst(Value::none())
      .op(Op::RETURN_VALUE);
  Ref<FunctionObject> fn = function(body, g.get());
  Ref<CellObject> cell = make<CellObject>();
  cell->value = Value::integer(1);
  fn->closure = new_tuple({Value(cell)});
  Ref<DictObject> ns = new_dict();
  CHECK(run_class_body(fn.get(), ns.get()).is_none());
  CHECK(ns->get("w").as_int() == 1);
  ns->set("v", Value::integer(2));  // the namespace wins over the cell
  run_class_body(fn.get(), ns.get());
  CHECK(ns->get("w").as_int() == 2);

  // locals() inside a function: its bound fast locals and cells
  add_function(g.get(), "probe", locals_probe);
  Asm f("f", {"a", "b"}, 1);
  f.konst(Value::integer(2)).op(Op::STORE_FAST, 1);
  f.op(Op::PUSH_NULL).op(Op::LOAD_GLOBAL, f.n("probe")).op(Op::CALL, 0).op(Op::RETURN_VALUE);
  CHECK(repr_utf8(call_with(function(f, g.get()).get(), {Value::integer(1)})) ==
        "{'a': 1, 'b': 2}");
  CHECK(current_globals() == nullptr);  // nothing runs now
  Asm m("<module>");
  m.op(Op::PUSH_NULL).op(Op::LOAD_NAME, m.n("probe")).op(Op::CALL, 0).op(Op::RETURN_VALUE);
  CHECK(run(m, g.get()).as<DictObject>() == g.get());
}

TEST_CASE("vm: the eval breaker is polled at backward jumps") {
  ensure_runtime();
  ThreadState* ts = current_thread();
  ts->eval_breaker.store(1u << 2);  // a bit nothing handles yet: the loop must still finish
  Asm w("<module>", {"n"});
  w.konst(Value::integer(0)).op(Op::STORE_FAST, 0);
  uint32_t top = w.here();
  w.op(Op::LOAD_FAST, 0)
      .konst(Value::integer(10))
      .op(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Lt));
  uint32_t exit_jump = w.here();
  w.op(Op::POP_JUMP_IF_FALSE, 0);
  w.op(Op::LOAD_FAST, 0)
      .konst(Value::integer(1))
      .op(Op::BINARY_OP, static_cast<uint32_t>(BinOp::Add));
  w.op(Op::STORE_FAST, 0).op(Op::JUMP_BACKWARD, top);
  w.patch(exit_jump, w.here());
  w.op(Op::LOAD_FAST, 0).op(Op::RETURN_VALUE);
  CHECK(run(w).as_int() == 10);
  ts->eval_breaker.store(0);
}

TEST_CASE("vm: PRINT_EXPR binds builtins._ and skips None") {
  ensure_runtime();
  Asm a("<module>");
  a.konst(Value::none()).op(Op::PRINT_EXPR).konst(Value::integer(41)).op(Op::PRINT_EXPR);
  a.konst(Value::none()).op(Op::PRINT_EXPR).konst(Value::none()).op(Op::RETURN_VALUE);
  run(a);
  CHECK(runtime->builtins->get("_").as_int() == 41);
  runtime->builtins->remove(Value(intern("_")));
}

// --- generators ---

namespace {

// Runs Python source as a module and returns its globals.
Ref<DictObject> run_source(const char* source) {
  Ref<DictObject> g = module_globals();
  g->set("__builtins__", Value(runtime->builtins_module));
  Ref<CodeObject> code = compiler::compile_source(source, "<test>", CompileMode::Exec);
  run_code(code.get(), g.get());
  return g;
}

}  // namespace

TEST_CASE("vm: generator frames live outside the arena and unlink on every exit") {
  ensure_runtime();
  ThreadState* ts = current_thread();
  int depth = ts->recursion_depth;
  Ref<DictObject> g = run_source(
      "def gen(n):\n"
      "    for i in range(n):\n"
      "        yield i\n"
      "    return 'done'\n"
      "gens = [gen(3) for _ in range(2000)]\n"
      "firsts = [next(x) for x in gens]\n");
  // 2000 suspended generators hold frames, yet nothing is linked or counted.
  CHECK(ts->frame == nullptr);
  CHECK(ts->recursion_depth == depth);
  Value gens = g->get("gens");
  auto* first = gens.as<ListObject>()->items[0].as<GeneratorObject>();
  CHECK(first->state == GenState::Suspended);
  Value out;
  CHECK(generator_send(first, Value(), out));
  CHECK(out.as_int() == 1);
  CHECK(generator_send(first, Value(), out));
  CHECK_FALSE(generator_send(first, Value(), out));
  CHECK(str_utf8(out) == "done");
  CHECK(first->frame == nullptr);
  CHECK_FALSE(generator_send(first, Value(), out));  // finished stays finished
  CHECK(out.is_none());
  CHECK(ts->frame == nullptr);
  CHECK(ts->recursion_depth == depth);
}

TEST_CASE("vm: generator errors restore the thread state") {
  ensure_runtime();
  ThreadState* ts = current_thread();
  int depth = ts->recursion_depth;
  Ref<DictObject> g = run_source(
      "def gen():\n"
      "    try:\n"
      "        raise KeyError('own')\n"
      "    except KeyError:\n"
      "        yield 1\n"
      "    raise StopIteration\n"
      "it = gen()\n");
  auto* it = g->get("it").as<GeneratorObject>();
  Value out;
  CHECK(generator_send(it, Value(), out));
  CHECK(ts->handled_exc.is_null());      // the generator's own handled exception stays inside
  CHECK_FALSE(it->exc_state.is_null());  // ... and travels with it
  CHECK(error_of([&] { generator_send(it, Value(), out); }) ==
        "RuntimeError: generator raised StopIteration");
  CHECK(it->state == GenState::Finished);
  CHECK(ts->frame == nullptr);
  CHECK(ts->recursion_depth == depth);
  CHECK(ts->handled_exc.is_null());
  CHECK(error_of([&] { generator_send(it, Value(), out); }) == "no error");
}

TEST_CASE("vm: yield outside a generator frame is a SystemError") {
  ensure_runtime();
  Asm a("<module>");
  a.konst(Value::integer(1)).op(Op::YIELD_VALUE).op(Op::RETURN_VALUE);
  CHECK(error_of([&] { run(a); }) ==
        "SystemError: generator instruction outside a generator frame");
  CHECK(current_thread()->frame == nullptr);
}

TEST_CASE("vm: dropping a suspended generator closes it, even during C++ unwinding") {
  ensure_runtime();
  Ref<DictObject> g = run_source(
      "log = []\n"
      "def gen(tag):\n"
      "    try:\n"
      "        yield 1\n"
      "    finally:\n"
      "        try:\n"
      "            raise ValueError('inside finally')\n"
      "        except ValueError:\n"
      "            log.append(tag)\n");
  Value make = g->get("gen");
  auto suspended = [&](const char* tag) {
    Value it = call(make, {str(tag)});
    Value out;
    generator_send(it.as<GeneratorObject>(), Value(), out);
    return it;
  };
  { Value it = suspended("scope"); }
  try {
    Value it = suspended("unwinding");
    raise(exc_IndexError, "propagating");
  } catch (const PyException& e) {
    CHECK(type_name(e.exc) == "IndexError");  // the finalizer's own exception stayed inside
  }
  Value unstarted = call(make, {str("never")});
  unstarted = Value();  // an unstarted generator runs nothing
  CHECK(repr_utf8(g->get("log")) == "['scope', 'unwinding']");
  CHECK(current_thread()->frame == nullptr);
  CHECK(current_thread()->handled_exc.is_null());
}
