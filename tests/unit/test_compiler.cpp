// The compiler: instruction sequences, stack sizes, scopes of closures, and CPython 3.11's
// compile-time SyntaxErrors (message and position, each checked against python3).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "interpreter/compiler/compile.hpp"
#include "interpreter/compiler/stack_depth.hpp"
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/opcodes.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "tests/unit/support.hpp"

namespace gilt::compiler {
namespace {

using test::call_kw;
using test::ensure_runtime;
using test::error_of;

// Failing tests show the Python exception ("SystemError: ...") instead of "unknown exception".
REGISTER_EXCEPTION_TRANSLATOR(const PyException& e) {
  return format_exception_only(e.exc).c_str();
}

Ref<CodeObject> compile(std::string_view src, CompileMode mode = CompileMode::Exec) {
  ensure_runtime();
  return compile_source(src, "t.py", mode);
}

bool is_code(const Value& v) {
  return v.is_obj() && v.as_obj()->type == code_type;
}

// The first code object named `name`, depth first (the top one included).
const CodeObject* find_code(const CodeObject& code, std::string_view name) {
  if (code.name && code.name->view() == name) return &code;
  for (const Value& c : code.consts)
    if (is_code(c))
      if (const CodeObject* found = find_code(*c.as<CodeObject>(), name)) return found;
  return nullptr;
}

std::string names_at(const std::vector<Ref<StrObject>>& names, uint32_t i) {
  return i < names.size() ? std::string(names[i]->view()) : "?";
}

// "LOAD_FAST x", "LOAD_CONST 1", "BINARY_OP +", "CALL 2", "POP_JUMP_IF_FALSE" (jump targets
// are left out so the expectations survive layout changes).
std::string show(const CodeObject& code, size_t ip) {
  const Op op = op_of(code.code[ip]);
  const uint32_t arg = arg_of(code.code[ip]);
  std::string s = op_name(op);
  switch (op_operand(op)) {
    case OperandKind::NONE:
    case OperandKind::JUMP:
      break;
    case OperandKind::CONST: {
      const Value& c = code.consts.at(arg);
      s += " " + (is_code(c) ? "<code " + std::string(c.as<CodeObject>()->name->view()) + ">"
                             : repr_utf8(c));
      break;
    }
    case OperandKind::NAME:
      s += " " + names_at(code.names, arg);
      break;
    case OperandKind::LOCAL:
      s += " " + names_at(code.varnames, arg);
      break;
    case OperandKind::CELL:
      s += " " + (arg < code.cellvars.size()
                      ? names_at(code.cellvars, arg)
                      : names_at(code.freevars, arg - static_cast<uint32_t>(code.cellvars.size())));
      break;
    case OperandKind::BINOP:
      s += std::string(" ") + binop_symbol(static_cast<BinOp>(arg));
      break;
    case OperandKind::CMPOP:
      s += std::string(" ") + cmpop_symbol(static_cast<CmpOp>(arg));
      break;
    case OperandKind::COUNT:
    case OperandKind::FLAG:
      s += " " + std::to_string(arg);
      break;
  }
  return s;
}

std::vector<std::string> listing(const CodeObject& code) {
  std::vector<std::string> out;
  for (size_t i = 0; i < code.code.size(); ++i)
    out.push_back(show(code, i));
  return out;
}

std::vector<std::string> listing(const Ref<CodeObject>& code) {
  return listing(*code);
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v)
    s += x + "\n";
  return s;
}

// True when `needle` appears as consecutive instructions.
bool has_seq(const CodeObject& code, const std::vector<std::string>& needle) {
  std::vector<std::string> hay = listing(code);
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    bool match = true;
    for (size_t j = 0; j < needle.size() && match; ++j)
      match = hay[i + j] == needle[j];
    if (match) return true;
  }
  return false;
}

bool has_op(const CodeObject& code, const std::string& op) {
  for (const std::string& s : listing(code))
    if (s == op || s.rfind(op + " ", 0) == 0) return true;
  return false;
}

const CodeObject& deref(const Ref<CodeObject>& c) {
  return *c;
}
const CodeObject& deref(const CodeObject& c) {
  return c;
}

// `code` may be a temporary Ref (kept alive for the check) or a CodeObject.
bool has_op(const Ref<CodeObject>& code, const std::string& op) {
  return has_op(*code, op);
}

#define CHECK_SEQ(code, ...)                                   \
  do {                                                         \
    auto&& holder_ = (code);                                   \
    const CodeObject& c_ = deref(holder_);                     \
    INFO(joined(listing(c_)));                                 \
    CHECK(has_seq(c_, std::vector<std::string>{__VA_ARGS__})); \
  } while (0)

std::vector<std::string> strs(const std::vector<Ref<StrObject>>& v) {
  std::vector<std::string> out;
  for (const Ref<StrObject>& s : v)
    out.emplace_back(s->view());
  return out;
}

struct SyntaxErr {
  std::string type, msg;
  int line = 0, offset = 0, end_line = 0, end_offset = 0;
};

SyntaxErr syntax_error(std::string_view src) {
  try {
    compile(src);
  } catch (PyException& e) {
    SyntaxErr r;
    r.type = type_of(e.exc)->name;
    const auto& args = e.exc.as<BaseExceptionObject>()->args->items;
    r.msg = str_utf8(args.at(0));
    if (args.size() > 1 && is_tuple(args[1])) {
      const auto& info = args[1].as<TupleObject>()->items;
      r.line = static_cast<int>(info.at(1).as_int());
      r.offset = static_cast<int>(info.at(2).as_int());
      r.end_line = static_cast<int>(info.at(4).as_int());
      r.end_offset = static_cast<int>(info.at(5).as_int());
    }
    return r;
  }
  return SyntaxErr{"(none)", "(compiled)"};
}

// Message, line and offsets as python3's compile() reports them.
void check_error(std::string_view src, std::string_view msg, int line, int offset, int end_line,
                 int end_offset, std::string_view type = "SyntaxError") {
  SyntaxErr e = syntax_error(src);
  INFO("source: " << src);
  CHECK(e.type == type);
  CHECK(e.msg == msg);
  CHECK(e.line == line);
  CHECK(e.offset == offset);
  CHECK(e.end_line == end_line);
  CHECK(e.end_offset == end_offset);
}

}  // namespace

TEST_CASE("compiler: arithmetic chains fold by Python's precedence") {
  Ref<CodeObject> c = compile("x = a + b * c - d // e\n");
  CHECK_SEQ(*c, "LOAD_NAME a", "LOAD_NAME b", "LOAD_NAME c", "BINARY_OP *", "BINARY_OP +",
            "LOAD_NAME d", "LOAD_NAME e", "BINARY_OP //", "BINARY_OP -", "STORE_NAME x");
  c = compile("x = a | b ^ c & d << e + f @ g\n");
  CHECK_SEQ(*c, "LOAD_NAME a", "LOAD_NAME b", "LOAD_NAME c", "LOAD_NAME d", "LOAD_NAME e",
            "LOAD_NAME f", "LOAD_NAME g", "BINARY_OP @", "BINARY_OP +", "BINARY_OP <<",
            "BINARY_OP &", "BINARY_OP ^", "BINARY_OP |");
  c = compile("x = a - b - c\n");
  CHECK_SEQ(*c, "LOAD_NAME a", "LOAD_NAME b", "BINARY_OP -", "LOAD_NAME c", "BINARY_OP -");
  c = compile("x = a * b + c * d\n");
  CHECK_SEQ(*c, "LOAD_NAME a", "LOAD_NAME b", "BINARY_OP *", "LOAD_NAME c", "LOAD_NAME d",
            "BINARY_OP *", "BINARY_OP +");
}

TEST_CASE("compiler: power and unary minus") {
  CHECK_SEQ(compile("x = -2 ** 2\n"), "LOAD_CONST 2", "LOAD_CONST 2", "BINARY_OP **",
            "UNARY_NEGATIVE");
  CHECK_SEQ(compile("x = 2 ** -1\n"), "LOAD_CONST 2", "LOAD_CONST -1", "BINARY_OP **");
  CHECK_SEQ(compile("x = 2 ** 3 ** 2\n"), "LOAD_CONST 2", "LOAD_CONST 3", "LOAD_CONST 2",
            "BINARY_OP **", "BINARY_OP **");
  CHECK_SEQ(compile("x = -y\n"), "LOAD_NAME y", "UNARY_NEGATIVE");
  CHECK_SEQ(compile("x = ~5\n"), "LOAD_CONST -6", "STORE_NAME x");
  CHECK_SEQ(compile("x = -9223372036854775808\n"), "LOAD_CONST -9223372036854775808");
  CHECK_SEQ(compile("x = 0x_ff + 0o17 + 0b1_0 + 1_000\n"), "LOAD_CONST 255", "LOAD_CONST 15");
  CHECK_SEQ(compile("x = 123456789012345678901234567890\n"),
            "LOAD_CONST 123456789012345678901234567890");
  CHECK_SEQ(compile("x = 1.5e3\n"), "LOAD_CONST 1500.0");
}

TEST_CASE("compiler: comparison chains short-circuit") {
  Ref<CodeObject> c = compile("x = a < b <= c\n");
  CHECK_SEQ(*c, "LOAD_NAME a", "LOAD_NAME b", "DUP_TOP", "ROT_THREE", "COMPARE_OP <",
            "JUMP_IF_FALSE_OR_POP", "LOAD_NAME c", "COMPARE_OP <=");
  CHECK_SEQ(*c, "ROT_TWO", "POP_TOP", "STORE_NAME x");
  CHECK_SEQ(compile("x = a is not b\n"), "IS_OP 1");
  CHECK_SEQ(compile("x = a not in b\n"), "CONTAINS_OP 1");
  CHECK_SEQ(compile("x = a or b and c\n"), "LOAD_NAME a", "JUMP_IF_TRUE_OR_POP", "LOAD_NAME b",
            "JUMP_IF_FALSE_OR_POP", "LOAD_NAME c");
}

TEST_CASE("compiler: conditions jump without building booleans") {
  Ref<CodeObject> c = compile("if not x:\n  y()\n");
  CHECK_SEQ(*c, "LOAD_NAME x", "POP_JUMP_IF_TRUE");
  CHECK_FALSE(has_op(*c, "UNARY_NOT"));
  CHECK_SEQ(compile("if x is None:\n  y()\n"), "LOAD_NAME x", "POP_JUMP_IF_NOT_NONE");
  CHECK_SEQ(compile("if x is not None:\n  y()\n"), "LOAD_NAME x", "POP_JUMP_IF_NONE");
  CHECK_SEQ(compile("if a and b:\n  y()\n"), "LOAD_NAME a", "POP_JUMP_IF_FALSE", "LOAD_NAME b",
            "POP_JUMP_IF_FALSE");
  // `while True` has no test; the only backward jump is the loop's.
  c = compile("while True:\n  f()\n");
  CHECK_FALSE(has_op(*c, "POP_JUMP_IF_FALSE"));
  CHECK(has_op(*c, "JUMP_BACKWARD"));
  // `if 0:` bodies are dropped.
  CHECK_FALSE(has_op(compile("if 0:\n  f()\n"), "CALL"));
}

TEST_CASE("compiler: jumps are threaded and dead code dropped") {
  Ref<CodeObject> c = compile("def f(x):\n  return 1\n  print(x)\n");
  const CodeObject* f = find_code(*c, "f");
  REQUIRE(f);
  CHECK(listing(*f) == std::vector<std::string>{"LOAD_CONST 1", "RETURN_VALUE"});
  // A `continue` in an if: a conditional jump never goes backward.
  c = compile("for i in x:\n  if i:\n    continue\n  f(i)\n");
  for (size_t ip = 0; ip < c->code.size(); ++ip) {
    Op op = op_of(c->code[ip]);
    if (op == Op::JUMP_BACKWARD) CHECK(arg_of(c->code[ip]) < ip);
    if (op == Op::POP_JUMP_IF_FALSE || op == Op::POP_JUMP_IF_TRUE || op == Op::JUMP_FORWARD)
      CHECK(arg_of(c->code[ip]) > ip);
  }
}

TEST_CASE("compiler: functions use fast locals and globals") {
  Ref<CodeObject> c = compile("def f(a, b=1, *args, c, d=2, **kw):\n  x = a + g\n  return x\n");
  const CodeObject* f = find_code(*c, "f");
  REQUIRE(f);
  CHECK(strs(f->varnames) == std::vector<std::string>{"a", "b", "c", "d", "args", "kw", "x"});
  CHECK(f->argcount == 2);
  CHECK(f->kwonlyargcount == 2);
  CHECK((f->flags & (kCodeVarargs | kCodeVarkeywords | kCodeOptimized | kCodeNewLocals)) ==
        (kCodeVarargs | kCodeVarkeywords | kCodeOptimized | kCodeNewLocals));
  CHECK_SEQ(*f, "LOAD_FAST a", "LOAD_GLOBAL g", "BINARY_OP +", "STORE_FAST x", "LOAD_FAST x",
            "RETURN_VALUE");
  // Defaults are evaluated at def time: a constant tuple and a kw-only dict.
  CHECK_SEQ(*c, "LOAD_CONST (1,)", "LOAD_CONST 2", "LOAD_CONST ('d',)", "BUILD_CONST_KEY_MAP 1",
            "LOAD_CONST <code f>", "MAKE_FUNCTION 3", "STORE_NAME f");
  CHECK(f->consts.at(0).is_none());  // no docstring
  c = compile("def g():\n  'doc'\n  return 1\n");
  CHECK(str_utf8(find_code(*c, "g")->consts.at(0)) == "doc");
  c = compile("def h(a, /, b): pass\n");
  CHECK(find_code(*c, "h")->posonlyargcount == 1);
  CHECK(find_code(*c, "h")->argcount == 2);
}

TEST_CASE("compiler: closures, cells and free variables") {
  Ref<CodeObject> c = compile(
      "def outer(p):\n"
      "  x = 1\n"
      "  def inner():\n"
      "    nonlocal x\n"
      "    x += p\n"
      "    return x\n"
      "  return inner\n");
  const CodeObject* outer = find_code(*c, "outer");
  const CodeObject* inner = find_code(*c, "inner");
  REQUIRE(outer);
  REQUIRE(inner);
  CHECK(strs(outer->cellvars) == std::vector<std::string>{"p", "x"});
  CHECK(outer->cell2arg == std::vector<int32_t>{0, -1});
  CHECK(strs(inner->freevars) == std::vector<std::string>{"p", "x"});
  CHECK(inner->cellvars.empty());
  CHECK(str_utf8(Value(inner->qualname)) == "outer.<locals>.inner");
  CHECK_SEQ(*outer, "LOAD_CONST 1", "STORE_DEREF x", "LOAD_CLOSURE p", "LOAD_CLOSURE x",
            "BUILD_TUPLE 2", "LOAD_CONST <code inner>", "MAKE_FUNCTION 8", "STORE_FAST inner");
  CHECK_SEQ(*inner, "LOAD_DEREF x", "LOAD_DEREF p", "BINARY_OP +=", "STORE_DEREF x");
  CHECK((inner->flags & kCodeNested) != 0);
}

TEST_CASE("compiler: class bodies") {
  Ref<CodeObject> c = compile(
      "def f():\n"
      "  y = 1\n"
      "  class A(B, metaclass=M):\n"
      "    'doc'\n"
      "    z = y\n"
      "    def m(self):\n"
      "      return super().m() + __class__.k\n");
  const CodeObject* a = find_code(*c, "A");
  const CodeObject* m = find_code(*c, "m");
  const CodeObject* f = find_code(*c, "f");
  REQUIRE(a);
  REQUIRE(m);
  CHECK_SEQ(*a, "LOAD_NAME __name__", "STORE_NAME __module__", "LOAD_CONST 'f.<locals>.A'",
            "STORE_NAME __qualname__", "LOAD_CONST 'doc'", "STORE_NAME __doc__",
            "LOAD_CLASSDEREF y", "STORE_NAME z");
  CHECK(strs(a->cellvars) == std::vector<std::string>{"__class__"});
  CHECK(strs(a->freevars) == std::vector<std::string>{"y"});
  CHECK_SEQ(*a, "LOAD_CLOSURE __class__", "DUP_TOP", "STORE_NAME __classcell__", "RETURN_VALUE");
  CHECK(strs(m->freevars) == std::vector<std::string>{"__class__"});
  CHECK(str_utf8(Value(m->qualname)) == "f.<locals>.A.m");
  CHECK_SEQ(*m, "LOAD_GLOBAL super", "CALL 0", "LOAD_METHOD m", "CALL 0", "LOAD_DEREF __class__");
  CHECK_SEQ(*f, "PUSH_NULL", "LOAD_BUILD_CLASS", "LOAD_CLOSURE y", "BUILD_TUPLE 1",
            "LOAD_CONST <code A>", "MAKE_FUNCTION 8", "LOAD_CONST 'A'", "LOAD_GLOBAL B",
            "LOAD_GLOBAL M", "KW_NAMES ('metaclass',)", "CALL 4", "STORE_FAST A");
  CHECK(a->flags == 0);
}

TEST_CASE("compiler: qualified names") {
  Ref<CodeObject> c = compile(
      "def f():\n"
      "  g = lambda: 0\n"
      "  return [x for x in y]\n"
      "class C:\n"
      "  def m(self):\n"
      "    global h\n"
      "    def h(): pass\n");
  CHECK(str_utf8(Value(find_code(*c, "<lambda>")->qualname)) == "f.<locals>.<lambda>");
  CHECK(str_utf8(Value(find_code(*c, "<listcomp>")->qualname)) == "f.<locals>.<listcomp>");
  CHECK(str_utf8(Value(find_code(*c, "m")->qualname)) == "C.m");
  CHECK(str_utf8(Value(find_code(*c, "h")->qualname)) == "h");
  CHECK(find_code(*c, "f")->firstlineno == 1);
  c = compile("@d\n@e\ndef k(): pass\n");
  CHECK(find_code(*c, "k")->firstlineno == 1);
  CHECK_SEQ(*c, "LOAD_NAME d", "LOAD_NAME e", "LOAD_CONST <code k>", "MAKE_FUNCTION 0", "CALL 0",
            "CALL 0", "STORE_NAME k");
}

TEST_CASE("compiler: calls") {
  CHECK_SEQ(compile("f(1, k=2)\n"), "PUSH_NULL", "LOAD_NAME f", "LOAD_CONST 1", "LOAD_CONST 2",
            "KW_NAMES ('k',)", "CALL 2", "POP_TOP");
  CHECK_SEQ(compile("o.m(1)\n"), "LOAD_NAME o", "LOAD_METHOD m", "LOAD_CONST 1", "CALL 1");
  CHECK_SEQ(compile("f(*a)\n"), "PUSH_NULL", "LOAD_NAME f", "LOAD_NAME a", "CALL_FUNCTION_EX 0");
  CHECK_SEQ(compile("f(1, *a, k=2, **d)\n"), "PUSH_NULL", "LOAD_NAME f", "LOAD_CONST 1",
            "BUILD_LIST 1", "LOAD_NAME a", "LIST_EXTEND 1", "LIST_TO_TUPLE", "LOAD_CONST 'k'",
            "LOAD_CONST 2", "BUILD_MAP 1", "LOAD_NAME d", "DICT_MERGE 1", "CALL_FUNCTION_EX 1");
  CHECK_SEQ(compile("f(**d)\n"), "LOAD_CONST ()", "BUILD_MAP 0", "LOAD_NAME d", "DICT_MERGE 1",
            "CALL_FUNCTION_EX 1");
  CHECK_SEQ(compile("o.m(*a)\n"), "PUSH_NULL", "LOAD_NAME o", "LOAD_ATTR m", "LOAD_NAME a",
            "CALL_FUNCTION_EX 0");
  // f(x)(y): one NULL per plain call, pushed before the callee chain.
  CHECK_SEQ(compile("f(x)(y)\n"), "PUSH_NULL", "PUSH_NULL", "LOAD_NAME f", "LOAD_NAME x", "CALL 1",
            "LOAD_NAME y", "CALL 1");
  CHECK_SEQ(compile("a.b[c].d(e).f\n"), "LOAD_NAME a", "LOAD_ATTR b", "LOAD_NAME c",
            "BINARY_SUBSCR", "LOAD_METHOD d", "LOAD_NAME e", "CALL 1", "LOAD_ATTR f");
  CHECK(compile("f(1, 2, 3)\n")->stacksize == 5);
}

TEST_CASE("compiler: displays and subscripts") {
  CHECK_SEQ(compile("x = (1, 'a', None)\n"), "LOAD_CONST (1, 'a', None)", "STORE_NAME x");
  CHECK_SEQ(compile("x = [1, 2, 3]\n"), "BUILD_LIST 0", "LOAD_CONST (1, 2, 3)", "LIST_EXTEND 1");
  CHECK_SEQ(compile("x = [a, *b, c]\n"), "LOAD_NAME a", "BUILD_LIST 1", "LOAD_NAME b",
            "LIST_EXTEND 1", "LOAD_NAME c", "LIST_APPEND 1");
  CHECK_SEQ(compile("x = (*a, b)\n"), "BUILD_LIST 0", "LOAD_NAME a", "LIST_EXTEND 1", "LOAD_NAME b",
            "LIST_APPEND 1", "LIST_TO_TUPLE");
  CHECK_SEQ(compile("x = {a, *b}\n"), "LOAD_NAME a", "BUILD_SET 1", "LOAD_NAME b", "SET_UPDATE 1");
  CHECK_SEQ(compile("x = {'a': 1, 'b': y}\n"), "LOAD_CONST 1", "LOAD_NAME y",
            "LOAD_CONST ('a', 'b')", "BUILD_CONST_KEY_MAP 2");
  CHECK_SEQ(compile("x = {a: 1, **b, c: 2}\n"), "LOAD_NAME a", "LOAD_CONST 1", "BUILD_MAP 1",
            "LOAD_NAME b", "DICT_UPDATE 1", "LOAD_NAME c", "LOAD_CONST 2", "BUILD_MAP 1",
            "DICT_UPDATE 1");
  CHECK_SEQ(compile("x = a[1:2, ::3]\n"), "LOAD_NAME a", "LOAD_CONST 1", "LOAD_CONST 2",
            "BUILD_SLICE 2", "LOAD_CONST None", "LOAD_CONST None", "LOAD_CONST 3", "BUILD_SLICE 3",
            "BUILD_TUPLE 2", "BINARY_SUBSCR");
  CHECK_SEQ(compile("x = a[*b]\n"), "LOAD_NAME a", "BUILD_LIST 0", "LOAD_NAME b", "LIST_EXTEND 1",
            "LIST_TO_TUPLE", "BINARY_SUBSCR");
  CHECK_SEQ(compile("x = ...\n"), "LOAD_CONST Ellipsis");
  CHECK_SEQ(compile("x = b'a' b'\\x00'\n"), "LOAD_CONST b'a\\x00'");
  CHECK_SEQ(compile("x = 'a' 'b'\n"), "LOAD_CONST 'ab'");
}

TEST_CASE("compiler: f-strings") {
  CHECK_SEQ(compile("x = f'a{b!r:>{w}}c{d}'\n"), "LOAD_CONST 'a'", "LOAD_NAME b", "LOAD_CONST '>'",
            "LOAD_NAME w", "FORMAT_VALUE 0", "BUILD_STRING 2", "FORMAT_VALUE 6", "LOAD_CONST 'c'",
            "LOAD_NAME d", "FORMAT_VALUE 0", "BUILD_STRING 4");
  CHECK_SEQ(compile("x = f'{a=}'\n"), "LOAD_CONST 'a='", "LOAD_NAME a", "FORMAT_VALUE 2",
            "BUILD_STRING 2");
  CHECK_SEQ(compile("x = f'{{{a}}}'\n"), "LOAD_CONST '{'", "LOAD_NAME a", "FORMAT_VALUE 0",
            "LOAD_CONST '}'", "BUILD_STRING 3");
  CHECK_SEQ(compile("x = f''\n"), "LOAD_CONST ''", "STORE_NAME x");
  CHECK_SEQ(compile("x = f'{a}'\n"), "LOAD_NAME a", "FORMAT_VALUE 0", "STORE_NAME x");
  CHECK_SEQ(compile("x = 'p' f'\\n{a!s}'\n"), "LOAD_CONST 'p\\n'", "LOAD_NAME a", "FORMAT_VALUE 1",
            "BUILD_STRING 2");
  // Field expressions are located in the source (line 2 here).
  Ref<CodeObject> c = compile("x = 1\ny = f'{x + z}'\n");
  for (size_t ip = 0; ip < c->code.size(); ++ip)
    if (show(*c, ip) == "LOAD_NAME z") CHECK(c->positions[ip].line == 2);
}

TEST_CASE("compiler: comprehensions and generators") {
  Ref<CodeObject> c = compile("def f(y):\n  return [x * k for x in y if x]\n");
  const CodeObject* lc = find_code(*c, "<listcomp>");
  REQUIRE(lc);
  CHECK(strs(lc->varnames) == std::vector<std::string>{".0", "x"});
  CHECK(lc->argcount == 1);
  CHECK(strs(lc->freevars) == std::vector<std::string>{});
  CHECK_SEQ(*lc, "BUILD_LIST 0", "LOAD_FAST .0", "FOR_ITER", "STORE_FAST x", "LOAD_FAST x",
            "POP_JUMP_IF_FALSE", "LOAD_FAST x", "LOAD_GLOBAL k", "BINARY_OP *", "LIST_APPEND 2",
            "JUMP_BACKWARD", "RETURN_VALUE");
  CHECK_SEQ(*find_code(*c, "f"), "LOAD_CONST <code <listcomp>>", "MAKE_FUNCTION 0", "LOAD_FAST y",
            "GET_ITER", "CALL 0", "RETURN_VALUE");
  c = compile("g = (a for a in b for c in a)\n");
  const CodeObject* ge = find_code(*c, "<genexpr>");
  REQUIRE(ge);
  CHECK((ge->flags & kCodeGenerator) != 0);
  CHECK_SEQ(*ge, "RETURN_GENERATOR", "POP_TOP", "LOAD_FAST .0", "FOR_ITER", "STORE_FAST a",
            "LOAD_FAST a", "GET_ITER", "FOR_ITER", "STORE_FAST c", "LOAD_FAST a", "YIELD_VALUE",
            "POP_TOP", "JUMP_BACKWARD");
  c = compile("x = {k: v for k, v in d}\n");
  CHECK_SEQ(*find_code(*c, "<dictcomp>"), "LOAD_FAST k", "LOAD_FAST v", "MAP_ADD 2");
  c = compile("def gen(x):\n  y = yield x\n  yield from y\n");
  const CodeObject* gen = find_code(*c, "gen");
  CHECK((gen->flags & kCodeGenerator) != 0);
  CHECK_SEQ(*gen, "RETURN_GENERATOR", "POP_TOP", "LOAD_FAST x", "YIELD_VALUE", "STORE_FAST y");
  CHECK_SEQ(*gen, "LOAD_FAST y", "GET_YIELD_FROM_ITER", "LOAD_CONST None", "SEND", "YIELD_VALUE",
            "JUMP_BACKWARD", "POP_TOP");
  // Walrus in a comprehension binds in the enclosing function.
  c = compile("def f(y):\n  [z := x for x in y]\n  return z\n");
  CHECK(strs(find_code(*c, "f")->cellvars) == std::vector<std::string>{"z"});
  CHECK(strs(find_code(*c, "<listcomp>")->freevars) == std::vector<std::string>{"z"});
}

TEST_CASE("compiler: assignments") {
  CHECK_SEQ(compile("a = b = f()\n"), "CALL 0", "DUP_TOP", "STORE_NAME a", "STORE_NAME b");
  CHECK_SEQ(compile("a, b = b, a\n"), "LOAD_NAME b", "LOAD_NAME a", "ROT_TWO", "STORE_NAME a",
            "STORE_NAME b");
  CHECK_SEQ(compile("a, *b, c = x\n"), "LOAD_NAME x", "UNPACK_EX 257", "STORE_NAME a",
            "STORE_NAME b", "STORE_NAME c");
  CHECK_SEQ(compile("(a, [b, c]), d = x\n"), "UNPACK_SEQUENCE 2", "UNPACK_SEQUENCE 2",
            "STORE_NAME a", "UNPACK_SEQUENCE 2", "STORE_NAME b", "STORE_NAME c", "STORE_NAME d");
  CHECK_SEQ(compile("o.a[i] += 1\n"), "LOAD_NAME o", "LOAD_ATTR a", "LOAD_NAME i", "DUP_TOP_TWO",
            "BINARY_SUBSCR", "LOAD_CONST 1", "BINARY_OP +=", "ROT_THREE", "STORE_SUBSCR");
  CHECK_SEQ(compile("o.a += 1\n"), "LOAD_NAME o", "DUP_TOP", "LOAD_ATTR a", "LOAD_CONST 1",
            "BINARY_OP +=", "ROT_TWO", "STORE_ATTR a");
  CHECK_SEQ(compile("x[1:2] = y\n"), "LOAD_NAME y", "LOAD_NAME x", "LOAD_CONST 1", "LOAD_CONST 2",
            "BUILD_SLICE 2", "STORE_SUBSCR");
  CHECK_SEQ(compile("del a, b.c, d[e], [f, g]\n"), "DELETE_NAME a", "LOAD_NAME b", "DELETE_ATTR c",
            "LOAD_NAME d", "LOAD_NAME e", "DELETE_SUBSCR", "DELETE_NAME f", "DELETE_NAME g");
  CHECK_SEQ(compile("x: int = 1\n"), "SETUP_ANNOTATIONS", "LOAD_CONST 1", "STORE_NAME x",
            "LOAD_NAME int", "LOAD_NAME __annotations__", "LOAD_CONST 'x'", "STORE_SUBSCR");
  Ref<CodeObject> cls = compile("class C:\n  __x = 1\n");
  CHECK_SEQ(*find_code(*cls, "C"), "LOAD_CONST 1", "STORE_NAME _C__x");
  CHECK(has_op(*find_code(*compile("class C:\n  def m(self): return self.__x\n"), "m"),
               "LOAD_ATTR _C__x"));
  CHECK_SEQ(compile("(y := 5)\n"), "LOAD_CONST 5", "DUP_TOP", "STORE_NAME y", "POP_TOP");
}

TEST_CASE("compiler: modes") {
  CHECK(listing(compile("1 + x", CompileMode::Eval)) ==
        std::vector<std::string>{"LOAD_CONST 1", "LOAD_NAME x", "BINARY_OP +", "RETURN_VALUE"});
  CHECK_SEQ(compile("x\nif y:\n  z\n", CompileMode::Single), "LOAD_NAME x", "PRINT_EXPR",
            "LOAD_NAME y", "POP_JUMP_IF_FALSE", "LOAD_NAME z", "PRINT_EXPR");
  Ref<CodeObject> c = compile("'''doc'''\nx = 1\n");
  CHECK_SEQ(*c, "LOAD_CONST 'doc'", "STORE_NAME __doc__", "LOAD_CONST 1", "STORE_NAME x");
  CHECK(str_utf8(Value(c->name)) == "<module>");
  CHECK(str_utf8(Value(c->filename)) == "t.py");
}

TEST_CASE("compiler: imports") {
  CHECK_SEQ(compile("import a.b.c\n"), "LOAD_CONST 0", "LOAD_CONST None", "IMPORT_NAME a.b.c",
            "STORE_NAME a");
  CHECK_SEQ(compile("import a.b.c as d\n"), "IMPORT_NAME a.b.c", "IMPORT_FROM b", "ROT_TWO",
            "POP_TOP", "IMPORT_FROM c", "STORE_NAME d", "POP_TOP");
  CHECK_SEQ(compile("from ..m import x as y, z\n"), "LOAD_CONST 2", "LOAD_CONST ('x', 'z')",
            "IMPORT_NAME m", "IMPORT_FROM x", "STORE_NAME y", "IMPORT_FROM z", "STORE_NAME z",
            "POP_TOP");
  CHECK_SEQ(compile("from . import *\n"), "LOAD_CONST 1", "LOAD_CONST ('*',)", "IMPORT_NAME ",
            "IMPORT_STAR");
}

TEST_CASE("compiler: try/except/finally and with shapes") {
  Ref<CodeObject> c = compile(
      "try:\n"
      "  f()\n"
      "except E as e:\n"
      "  g(e)\n"
      "except:\n"
      "  h()\n");
  CHECK_SEQ(*c, "SETUP_FINALLY", "PUSH_NULL", "LOAD_NAME f", "CALL 0", "POP_TOP", "POP_BLOCK");
  CHECK_SEQ(*c, "PUSH_EXC_INFO", "SETUP_CLEANUP", "LOAD_NAME E", "CHECK_EXC_MATCH",
            "POP_JUMP_IF_FALSE", "DUP_TOP", "STORE_NAME e", "SETUP_CLEANUP");
  CHECK_SEQ(*c, "POP_BLOCK", "POP_BLOCK", "POP_TOP", "POP_EXCEPT", "LOAD_CONST None",
            "STORE_NAME e", "DELETE_NAME e");
  CHECK_SEQ(*c, "LOAD_CONST None", "STORE_NAME e", "DELETE_NAME e", "RERAISE");
  CHECK(has_op(*c, "POP_EXCEPT_AND_RERAISE"));
  CHECK(c->stacksize >= 4);

  c = compile("try:\n  f()\nexcept E:\n  pass\n");
  CHECK_SEQ(*c, "POP_BLOCK", "ROT_TWO", "POP_EXCEPT", "RERAISE", "POP_EXCEPT_AND_RERAISE");

  c = compile("def f():\n  try:\n    return g()\n  finally:\n    h()\n");
  const CodeObject* f = find_code(*c, "f");
  // The finally body runs on the return path (value kept under it) and on the exception path.
  CHECK_SEQ(*f, "CALL 0", "POP_BLOCK", "PUSH_NULL", "LOAD_GLOBAL h", "CALL 0", "POP_TOP",
            "RETURN_VALUE");
  CHECK_SEQ(*f, "PUSH_EXC_INFO", "SETUP_CLEANUP", "PUSH_NULL", "LOAD_GLOBAL h", "CALL 0", "POP_TOP",
            "POP_BLOCK", "ROT_TWO", "POP_EXCEPT", "RERAISE", "POP_EXCEPT_AND_RERAISE");

  c = compile("with a as b, c:\n  d()\n");
  CHECK_SEQ(*c, "LOAD_NAME a", "BEFORE_WITH", "STORE_NAME b", "SETUP_WITH", "LOAD_NAME c",
            "BEFORE_WITH", "POP_TOP", "SETUP_WITH");
  CHECK_SEQ(*c, "POP_TOP", "POP_BLOCK", "WITH_EXIT", "JUMP_FORWARD");
  CHECK_SEQ(*c, "POP_EXCEPT_AND_RERAISE", "POP_BLOCK", "WITH_EXIT", "JUMP_FORWARD");
  // A target that may fail to store is stored inside the block (and __enter__'s value kept).
  c = compile("with a as (b, c):\n  d()\n");
  CHECK_SEQ(*c, "LOAD_NAME a", "BEFORE_WITH", "SETUP_WITH", "DUP_TOP", "UNPACK_SEQUENCE 2");
  CHECK_SEQ(*c, "POP_BLOCK", "POP_TOP", "WITH_EXIT");
  CHECK_SEQ(*c, "ROT_TWO", "POP_TOP", "PUSH_EXC_INFO", "SETUP_CLEANUP", "WITH_EXCEPT_START");
  CHECK_SEQ(*c, "PUSH_EXC_INFO", "SETUP_CLEANUP", "WITH_EXCEPT_START", "POP_JUMP_IF_TRUE",
            "POP_BLOCK", "ROT_TWO", "POP_EXCEPT", "RERAISE", "POP_BLOCK", "POP_TOP", "POP_EXCEPT",
            "POP_TOP");

  // break out of a with and a try inside a for loop: exit called, blocks popped, iterator popped.
  c = compile("for x in y:\n  with m:\n    try:\n      break\n    except E:\n      pass\n");
  CHECK_SEQ(*c, "POP_BLOCK", "POP_BLOCK", "WITH_EXIT", "POP_TOP", "JUMP_FORWARD");
  // return inside except: handler cleanup, then the with exit keeps the value on top.
  c = compile("def f():\n  with m:\n    try:\n      pass\n    except E as e:\n      return e\n");
  CHECK_SEQ(*find_code(*c, "f"), "LOAD_FAST e", "POP_BLOCK", "POP_BLOCK", "ROT_TWO", "POP_TOP",
            "ROT_TWO", "POP_EXCEPT", "LOAD_CONST None", "STORE_FAST e", "DELETE_FAST e",
            "POP_BLOCK", "ROT_TWO", "WITH_EXIT", "RETURN_VALUE");
}

TEST_CASE("compiler: assert, raise, loops") {
  CHECK_SEQ(compile("assert x, 'm'\n"), "LOAD_NAME x", "POP_JUMP_IF_TRUE", "LOAD_ASSERTION_ERROR",
            "LOAD_CONST 'm'", "CALL 0", "RAISE_VARARGS 1");
  CHECK_SEQ(compile("assert x\n"), "LOAD_ASSERTION_ERROR", "RAISE_VARARGS 1");
  CHECK_SEQ(compile("raise E from c\n"), "LOAD_NAME E", "LOAD_NAME c", "RAISE_VARARGS 2");
  Ref<CodeObject> r = compile("def f():\n  raise\n");
  CHECK_SEQ(*find_code(*r, "f"), "RAISE_VARARGS 0");
  Ref<CodeObject> c = compile("for i in r:\n  f(i)\nelse:\n  g()\n");
  CHECK_SEQ(*c, "LOAD_NAME r", "GET_ITER", "FOR_ITER", "STORE_NAME i");
  CHECK_SEQ(*c, "JUMP_BACKWARD", "PUSH_NULL", "LOAD_NAME g");
  c = compile("while x:\n  if y: break\n  f()\nelse:\n  g()\n");
  CHECK(has_op(*c, "JUMP_BACKWARD"));
}

TEST_CASE("compiler: stacksize is never too small") {
  const char* sources[] = {
      "x = f(a, b, *c, d=1, **e)\n",
      "x = [[1, [2, [3, y]]], {a: (b, c)}]\n",
      "try:\n  pass\nexcept E as e:\n  try:\n    f()\n  finally:\n    g()\n",
      "with a as (b, c):\n  with d:\n    pass\n",
      "x = a < b < c < d\n",
      "x = f'{a:{b}{c}}{d!r}'\n",
  };
  for (const char* src : sources) {
    Ref<CodeObject> c = compile(src);
    std::string error;
    INFO(src);
    CHECK(compute_stacksize(c->code, &error) == c->stacksize);
    CHECK(error.empty());
  }
  CHECK(compile("x = [1, [2, [3, [4, y]]]]\n")->stacksize == 5);
}

TEST_CASE("compiler: stack_effect covers jump edges") {
  CHECK(stack_effect(Op::FOR_ITER, 0, false) == 1);
  CHECK(stack_effect(Op::FOR_ITER, 0, true) == -1);
  CHECK(stack_effect(Op::SETUP_FINALLY, 0, true) == 1);
  CHECK(stack_effect(Op::SETUP_FINALLY, 0, false) == 0);
  CHECK(stack_effect(Op::JUMP_IF_TRUE_OR_POP, 0, true) == 0);
  CHECK(stack_effect(Op::JUMP_IF_TRUE_OR_POP, 0, false) == -1);
  CHECK(stack_effect(Op::CALL, 2, false) == -3);
  CHECK(stack_effect(Op::UNPACK_EX, 1 | (2 << 8), false) == 3);
  CHECK(stack_effect(Op::MAKE_FUNCTION, 9, false) == -2);
  CHECK(stack_effect(Op::SEND, 0, true) == -1);
  // A handler block's level is honoured: RERAISE below it is a compiler bug.
  std::string error;
  std::vector<uint32_t> bad = {encode(Op::LOAD_CONST, 0), encode(Op::SETUP_FINALLY, 3),
                               encode(Op::RERAISE, 0), encode(Op::RETURN_VALUE, 0)};
  CHECK(compute_stacksize(bad, &error) == -1);
  CHECK(!error.empty());
}

TEST_CASE("compiler: disassembly") {
  std::string text = disassemble(*compile("def f(x):\n  return x + 1\n"));
  INFO(text);
  CHECK(text.find("LOAD_CONST               0 (<code object f, file \"t.py\", line 1>)") !=
        std::string::npos);
  CHECK(text.find("Disassembly of <code object f, file \"t.py\", line 1>:") != std::string::npos);
  CHECK(text.find("LOAD_FAST                0 (x)") != std::string::npos);
  CHECK(text.find("BINARY_OP                0 (+)") != std::string::npos);
  CHECK(text.find("  2           0 LOAD_FAST") != std::string::npos);
}

TEST_CASE("compiler: SyntaxErrors for targets") {
  check_error("1 = 2", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1,
              1, 2);
  check_error("f() = 1",
              "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1,
              4);
  check_error("x, 1 = 2", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1,
              4, 1, 5);
  check_error("a + b = 1", "cannot assign to expression here. Maybe you meant '==' instead of '='?",
              1, 1, 1, 6);
  check_error("x = 1 = 2", "cannot assign to literal", 1, 5, 1, 6);
  check_error("[a, f()] = x", "cannot assign to function call", 1, 5, 1, 8);
  check_error("None = 1", "cannot assign to None", 1, 1, 1, 5);
  check_error("a < b = 1", "cannot assign to comparison", 1, 1, 1, 6);
  check_error("(a < b) = 1",
              "cannot assign to comparison here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7);
  check_error("x = 1, 2 = 3", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1,
              1, 6);
  check_error("a if b else c = 1", "cannot assign to conditional expression", 1, 1, 1, 14);
  check_error("[x for x in y] = 1",
              "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1,
              1, 1, 15);
  check_error("(a for a in b) = 1", "cannot assign to generator expression", 1, 1, 1, 15);
  check_error("True + 1 = 2", "cannot assign to expression", 1, 1, 1, 9);
  check_error("for 1 in x: pass", "cannot assign to literal", 1, 5, 1, 6);
  check_error("with a as f(): pass", "cannot assign to function call", 1, 11, 1, 14);
  check_error("del 1", "cannot delete literal", 1, 5, 1, 6);
  check_error("del (a, 1)", "cannot delete literal", 1, 9, 1, 10);
  check_error("x = 1\ndel x, f()", "cannot delete function call", 2, 8, 2, 11);
  check_error("1 += 1", "'literal' is an illegal expression for augmented assignment", 1, 1, 1, 2);
  check_error("(a, b) += 1", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1,
              7);
  check_error("[x]: int", "only single target (not list) can be annotated", 1, 1, 1, 4);
  check_error("x = *a", "can't use starred expression here", 1, 5, 1, 7);
  check_error("x = (*a)", "cannot use starred expression here", 1, 6, 1, 8);
  check_error("*a = 1", "starred assignment target must be in a list or tuple", 1, 1, 1, 3);
  check_error("*a, *b = 1", "multiple starred expressions in assignment", 1, 1, 1, 7);
  check_error("[*a, *b] = 1", "multiple starred expressions in assignment", 1, 1, 1, 9);
  check_error("for *a in b: pass", "starred assignment target must be in a list or tuple", 1, 5, 1,
              7);
  check_error("[*a for a in b]", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4);
  check_error("__debug__ = 1", "cannot assign to __debug__", 1, 1, 1, 10);
  check_error("del __debug__", "cannot delete __debug__", 1, 5, 1, 14);
  check_error("f(__debug__=1)", "cannot assign to __debug__", 1, 1, 1, 15);
}

TEST_CASE("compiler: SyntaxErrors for statements out of place") {
  check_error("return 1", "'return' outside function", 1, 1, 1, 9);
  check_error("class A:\n  return", "'return' outside function", 2, 3, 2, 9);
  check_error("break", "'break' outside loop", 1, 1, 1, 6);
  check_error("def f():\n  break", "'break' outside loop", 2, 3, 2, 8);
  check_error("continue", "'continue' not properly in loop", 1, 1, 1, 9);
  check_error("while 1:\n def f():\n  continue", "'continue' not properly in loop", 3, 3, 3, 11);
  check_error("yield 1", "'yield' outside function", 1, 1, 1, 8);
  check_error("class A:\n  yield 1", "'yield' outside function", 2, 3, 2, 10);
  check_error("x = (yield)", "'yield' outside function", 1, 6, 1, 11);
  check_error("[ (yield) for x in y]", "'yield' inside list comprehension", 1, 4, 1, 9);
  check_error("def f():\n  ((yield) for x in y)", "'yield' inside generator expression", 2, 5, 2,
              10);
  check_error("from m import *\ndef f():\n  from m import *",
              "import * only allowed at module level", 3, 17, 3, 18);
  std::string nested;
  for (int i = 0; i < 21; ++i)
    nested += std::string(static_cast<size_t>(i), ' ') + "for x in y:\n";
  nested += std::string(21, ' ') + "pass\n";
  check_error(nested, "too many statically nested blocks", 21, 21, 22, 26);
  std::string twenty;
  for (int i = 0; i < 20; ++i)
    twenty += std::string(static_cast<size_t>(i), ' ') + "try:\n";
  twenty += std::string(20, ' ') + "pass\n";
  for (int i = 19; i >= 0; --i)
    twenty += std::string(static_cast<size_t>(i), ' ') + "finally: pass\n";
  CHECK(compile(twenty)->stacksize >= 0);
}

TEST_CASE("compiler: SyntaxErrors from scopes") {
  check_error("nonlocal x", "nonlocal declaration not allowed at module level", 1, 1, 1, 11);
  check_error("def f():\n  nonlocal x", "no binding for nonlocal 'x' found", 2, 3, 2, 13);
  check_error("def f():\n  x = 1\n  global x", "name 'x' is assigned to before global declaration",
              3, 3, 3, 11);
  check_error("def f(x):\n  global x", "name 'x' is parameter and global", 2, 3, 2, 11);
  check_error("def f():\n  print(x)\n  global x", "name 'x' is used prior to global declaration", 3,
              3, 3, 11);
  check_error("def f(x):\n  nonlocal x", "name 'x' is parameter and nonlocal", 2, 3, 2, 13);
  check_error("def f():\n  x=1\n  def g():\n    global x\n    nonlocal x",
              "name 'x' is nonlocal and global", 4, 5, 4, 13);
  check_error("def f():\n  x = 1\n  def g():\n    x\n    nonlocal x",
              "name 'x' is used prior to nonlocal declaration", 5, 5, 5, 15);
  check_error("def f(x, x): pass", "duplicate argument 'x' in function definition", 1, 10, 1, 11);
  check_error("lambda x, x: 1", "duplicate argument 'x' in function definition", 1, 11, 1, 12);
  check_error("def f(*, a, a): pass", "duplicate argument 'a' in function definition", 1, 13, 1,
              14);
  check_error("f(a=1, a=2)", "keyword argument repeated: a", 1, 8, 1, 11);
  check_error("class A(x=1, x=2): pass", "keyword argument repeated: x", 1, 14, 1, 17);
  check_error("[x := 1 for x in y]",
              "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 2, 1,
              3);
  check_error("[y for x in (y := z)]",
              "assignment expression cannot be used in a comprehension iterable expression", 1, 14,
              1, 20);
  check_error("class A:\n  [y := 1 for x in z]",
              "assignment expression within a comprehension cannot be used in a class body", 2, 4,
              2, 5);
  // Parser-level errors win over scope errors found earlier in the file.
  check_error("def f():\n  nonlocal x\n1 = 2",
              "cannot assign to literal here. Maybe you meant '==' instead of '='?", 3, 1, 3, 2);
  // Parser errors the front end reports come through unchanged.
  check_error("def f(a=1, b): pass", "non-default argument follows default argument", 1, 12, 1, 13);
  check_error("f(a=1, b)", "positional argument follows keyword argument", 1, 9, 1, 10);
}

TEST_CASE("compiler: __future__ imports") {
  check_error("x = 1\nfrom __future__ import annotations",
              "from __future__ imports must occur at the beginning of the file", 2, 1, 2, 35);
  check_error("def f():\n  from __future__ import annotations",
              "from __future__ imports must occur at the beginning of the file", 2, 3, 2, 37);
  check_error("from __future__ import nope", "future feature nope is not defined", 1, 1, 1, 1);
  check_error("from __future__ import braces", "not a chance", 1, 1, 1, 1);
  CHECK_SEQ(compile("'doc'\nfrom __future__ import annotations\n"), "IMPORT_NAME __future__",
            "IMPORT_FROM annotations");
}

TEST_CASE("compiler: annotations") {
  Ref<CodeObject> c = compile("def f(a: int, *b: str, c: 'x' = 1, **d: float) -> None: pass\n");
  CHECK_SEQ(*c, "LOAD_CONST ('c',)", "BUILD_CONST_KEY_MAP 1", "LOAD_CONST 'a'", "LOAD_NAME int",
            "LOAD_CONST 'b'", "LOAD_NAME str", "LOAD_CONST 'c'", "LOAD_CONST 'x'", "LOAD_CONST 'd'",
            "LOAD_NAME float", "LOAD_CONST 'return'", "LOAD_CONST None", "BUILD_TUPLE 10",
            "LOAD_CONST <code f>", "MAKE_FUNCTION 6");
  // Inside functions, annotations of variables are not evaluated.
  Ref<CodeObject> g = compile("def g():\n  x: int = 1\n  y: str\n");
  CHECK(listing(*find_code(*g, "g")) == std::vector<std::string>{"LOAD_CONST 1", "STORE_FAST x",
                                                                 "LOAD_CONST None",
                                                                 "RETURN_VALUE"});
}

TEST_CASE("compiler: f-string SyntaxErrors") {
  check_error("f'{}'", "f-string: empty expression not allowed", 1, 6, 1, 6);
  check_error("f'{'", "f-string: expecting '}'", 1, 5, 1, 5);
  check_error("f'}'", "f-string: single '}' is not allowed", 1, 5, 1, 5);
  check_error("f'{a!x}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9,
              1, 9);
  check_error("f'{a:{b:{c}}}'", "f-string: expressions nested too deeply", 1, 15, 1, 15);
  check_error("f'{#}'", "f-string expression part cannot include '#'", 1, 7, 1, 7);
  check_error("f'{)}'", "f-string: unmatched ')'", 1, 7, 1, 7);
  check_error("f'{!r}'", "f-string: expression required before '!'", 1, 8, 1, 8);
  check_error("f'{(a}'", "f-string: closing parenthesis '}' does not match opening parenthesis '('",
              1, 8, 1, 8);
  check_error("f'{a b}'", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5);
  check_error("f'{yield}'", "'yield' outside function", 1, 4, 1, 9);
}

TEST_CASE("compiler: deep nesting fails cleanly") {
  std::string deep = "x = " + std::string(3000, '-') + "1\n";
  try {
    compile(deep);
  } catch (PyException& e) {
    CHECK((type_of(e.exc)->name == "RecursionError" || type_of(e.exc)->name == "SyntaxError" ||
           type_of(e.exc)->name == "MemoryError"));
  }
}

}  // namespace gilt::compiler
