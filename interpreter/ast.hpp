// CHANGELOG: within the first minutes after AST-READY (boost::variant holds at most 20 types):
//   Tuple/List/Set became one Display{kind, elts}; YieldFrom became Yield{is_from}; Pass/Break/
//   Continue became SimpleStmt{kind}. Expr/Stmt construction from a node is explicit.
// The abstract syntax tree the grammar produces and the compiler consumes.
//
// Shape rules (see design/X3.md §2b):
// - One `Expr` and one `Stmt` x3::variant. Leaves (Name, Constant, Number, Str) are held by value;
//   every other node is held through `x3::forward_ast<T>` (a heap-owning, deep-copying box: use
//   `.get()`). A visitor therefore sees either `const Name&` or `const x3::forward_ast<If>&`; the
//   helpers at the end (loc_of, get_if) hide the difference. Building from a node is explicit:
//   `Expr e{Name{...}};` or `e = Name{...};`.
// - Every Expr/Stmt node (and every helper node with a position) derives from `Loc`.
// - Chains (BinChain, Compare, BoolChain, Postfix) are flat; the grammar never emits a chain
//   with an empty `rest`/`trailers` (a lone operand is returned as itself), but an empty one
//   would mean "just `first`", so the compiler may accept it.
// - "a Tuple"/"a List" in the comments below means a Display node of that kind.
// - No Boost.Fusion here: the adapters live in grammar/ast_adapted.hpp, seen only by grammar TUs.
// - Semantic checks the grammar does not make (assignment/del/for targets, `return` outside a
//   function, duplicate parameters, ...) are the compiler's job; parse.hpp lists them.
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace gilt::ast {

namespace x3 = boost::spirit::x3;

// Source span. line/end_line are 1-based; col/end_col are 0-based byte offsets within the line.
// (line, col) is the first byte of the node's first token and (end_line, end_col) is just past its
// last token, as CPython's lineno/col_offset/end_lineno/end_col_offset. A parenthesised
// expression's span excludes the parentheses (as CPython), except for tuples and generator
// expressions whose parentheses belong to the node. All zero means "unknown".
struct Loc {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

// ---------------------------------------------------------------------------------------------
// Operators (Python ast names)

// Binary operators of BinChain and AugAssign. `Pow` only appears in AugAssign (`**=`): `**` in an
// expression is a Power node because it binds tighter than unary minus on its left.
enum class BinOp : std::uint8_t {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  FloorDiv,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd
};
// `Not` is the `not x` operator (which sits below comparisons); the others are `~x`, `+x`, `-x`.
enum class UnaryOp : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class BoolOp : std::uint8_t { And, Or };
enum class ConstKind : std::uint8_t { None, True, False, Ellipsis };
// Int: decimal/0x/0o/0b (text may contain '_'); Float: has '.' or exponent; Imaginary: ends in j/J.
enum class NumberKind : std::uint8_t { Int, Float, Imaginary };
enum class TrailerKind : std::uint8_t { Attribute, Call, Subscript };
// Positional `f(x)`, Star `f(*xs)`, Keyword `f(k=v)`, DoubleStar `f(**kw)`.
enum class ArgKind : std::uint8_t { Positional, Star, Keyword, DoubleStar };
enum class CompKind : std::uint8_t { List, Set, Dict, Generator };
enum class DisplayKind : std::uint8_t { Tuple, List, Set };
enum class SimpleKind : std::uint8_t { Pass, Break, Continue };

// ---------------------------------------------------------------------------------------------
// Leaf expressions (held by value in Expr)

struct Name : Loc {
  std::string id;  // the identifier, UTF-8 as written (no NFKC normalisation)
};

struct Constant : Loc {  // None, True, False, `...`
  ConstKind kind = ConstKind::None;
};

struct Number : Loc {
  NumberKind kind = NumberKind::Int;
  // The literal exactly as written, already validated by the lexer: may contain '_' between digits
  // and a 0x/0o/0b prefix (any case); Imaginary keeps its trailing j/J. The compiler converts it
  // (and may reject Imaginary with a SyntaxError if complex numbers are not supported).
  std::string text;
};

// One string literal token. Adjacent literals `'a' "b"` form one Str with several pieces.
struct StrPiece : Loc {
  // Non-f-string: the decoded value (escapes processed unless raw). For str it is UTF-8 (a lone
  // surrogate from \ud800 is encoded as its 3-byte sequence); for bytes each char is one byte.
  // f-string: the raw body between the quotes, escapes NOT processed, `{`/`}` untouched; the
  // compiler splits it and parses each field with front::parse_expression.
  std::string value;
  bool bytes = false;    // b/B prefix
  bool raw = false;      // r/R prefix
  bool fstring = false;  // f/F prefix
  // Position of the first body character (just after the opening quote(s)), so that positions
  // inside an f-string field can be mapped back to the source.
  int body_line = 0, body_col = 0;
};

struct Str : Loc {
  // At least one piece. The grammar rejects mixing bytes and non-bytes pieces ("cannot mix bytes
  // and nonbytes literals"), so either all pieces are bytes or none is.
  std::vector<StrPiece> pieces;
};

// ---------------------------------------------------------------------------------------------
// The expression variant

struct BinChain;
struct Power;
struct Unary;
struct Compare;
struct BoolChain;
struct IfExp;
struct Lambda;
struct NamedExpr;
struct Postfix;
struct Starred;
struct Display;
struct Dict;
struct Comprehension;
struct Yield;
struct Slice;

struct Expr
    : x3::variant<Name, Constant, Number, Str, x3::forward_ast<BinChain>, x3::forward_ast<Power>,
                  x3::forward_ast<Unary>, x3::forward_ast<Compare>, x3::forward_ast<BoolChain>,
                  x3::forward_ast<IfExp>, x3::forward_ast<Lambda>, x3::forward_ast<NamedExpr>,
                  x3::forward_ast<Postfix>, x3::forward_ast<Starred>, x3::forward_ast<Display>,
                  x3::forward_ast<Dict>, x3::forward_ast<Comprehension>, x3::forward_ast<Yield>,
                  x3::forward_ast<Slice>> {
  using base_type::base_type;
  using base_type::operator=;
};

// ---------------------------------------------------------------------------------------------
// Composite expressions

// `op rhs` inside a BinChain; its Loc spans the operator token through the end of rhs.
struct BinRhs : Loc {
  BinOp op = BinOp::Add;
  Expr rhs;
};

// `first op1 rhs1 op2 rhs2 ...` for | ^ & << >> + - * @ / // % all in ONE flat list, left to right
// as written; precedence is NOT applied: the compiler folds it with a priority table (all these
// operators are left-associative). Operands are Unary/Power/Postfix/atoms, never a BinChain unless
// parenthesised in the source.
struct BinChain : Loc {
  Expr first;
  std::vector<BinRhs> rest;
};

// `base ** exp`. Right-associative: `2**3**2` is Power(2, Power(3, 2)). `exp` may be a Unary
// (`2**-1`). `-2**2` is Unary(USub, Power(2, 2)).
struct Power : Loc {
  Expr base;
  Expr exp;
};

// `-x`, `+x`, `~x`, and `not x` (UnaryOp::Not).
struct Unary : Loc {
  UnaryOp op = UnaryOp::USub;
  Expr operand;
};

// `op rhs` inside a Compare; Loc spans the operator (`not in`/`is not` are one op) through rhs.
struct CmpRhs : Loc {
  CmpOp op = CmpOp::Eq;
  Expr rhs;
};

// `a < b == c`: first=a, rest=[(<,b), (==,c)]. Chained semantics (each middle operand evaluated
// once, short-circuit on the first false) are the compiler's job.
struct Compare : Loc {
  Expr first;
  std::vector<CmpRhs> rest;
};

// `a or b or c` (values.size() >= 2, all with the same op). Mixed chains nest:
// `a or b and c` is BoolChain(Or, [a, BoolChain(And, [b, c])]).
struct BoolChain : Loc {
  BoolOp op = BoolOp::Or;
  std::vector<Expr> values;
};

// `body if test else orelse`.
struct IfExp : Loc {
  Expr body;
  Expr test;
  Expr orelse;
};

// One formal parameter of a def or lambda.
struct Param : Loc {
  std::string name;
  boost::optional<Expr> annotation;     // `x: T`; always empty for lambda parameters
  boost::optional<Expr> default_value;  // `x=1`; never set for *args/**kwargs
};

// A parameter list: `def f(posonly, /, args, *vararg, kwonly, **kwarg)`. A bare `*` gives an empty
// vararg with kwonly non-empty. The grammar already rejects what CPython's parser rejects
// ("non-default argument follows default argument", `*` without following keyword-only
// parameters, misplaced `/`), but not duplicate names (compiler: symtable).
struct Params : Loc {
  std::vector<Param> posonly;     // before `/`
  std::vector<Param> args;        // ordinary positional-or-keyword parameters
  boost::optional<Param> vararg;  // `*args`
  std::vector<Param> kwonly;      // after `*` or `*args`; each may or may not have a default
  boost::optional<Param> kwarg;   // `**kwargs`
};

// `lambda params: body`. Loc spans from `lambda` to the end of body.
struct Lambda : Loc {
  Params params;
  Expr body;
};

// `target := value`; the grammar only accepts a plain name as the target.
struct NamedExpr : Loc {
  Name target;
  Expr value;
};

// One call argument, in source order. The grammar already rejects CPython's parser-level ordering
// errors ("positional argument follows keyword argument", "... follows keyword argument
// unpacking", "iterable argument unpacking follows keyword argument unpacking") and
// `f(x for x in y, 1)` ("Generator expression must be parenthesized"); duplicate keywords are left
// to the compiler ("keyword argument repeated: k").
struct Arg : Loc {
  ArgKind kind = ArgKind::Positional;
  std::string name;  // Keyword only: the keyword; empty otherwise
  Expr value;        // the argument (for `f(x for x in y)` a Generator Comprehension)
};

// One postfix operation after an atom; Loc spans from the `.`/`(`/`[` to the end of the trailer.
// (A call's or subscript's CPython position is atom start .. trailer end.)
struct Trailer : Loc {
  TrailerKind kind = TrailerKind::Attribute;
  std::string name;       // Attribute: the identifier after `.`; empty otherwise
  std::vector<Arg> args;  // Call: the arguments (empty for `f()`); empty otherwise
  // Subscript: the subscript as CPython's ast.Subscript.slice: an expression, a Slice (`x[a:b]`),
  // or a Tuple whose elements may be Slices/Starred (`x[a, 1:2]`, `x[a,]`). Unused (a default
  // Name) for other kinds.
  Expr index;
};

// `atom trailer1 trailer2 ...`, e.g. `a.b(c)[d]` = Postfix(a, [.b, (c), [d]]). trailers is never
// empty. As an assignment/del target the LAST trailer decides (attribute store, subscript store;
// a call is not assignable).
struct Postfix : Loc {
  Expr atom;
  std::vector<Trailer> trailers;
};

// `*value` in displays, targets, subscripts, `for` targets, return/yield lists.
struct Starred : Loc {
  Expr value;
};

// Tuple, list and set displays (one node because they compile alike and because boost::variant
// holds at most 20 alternatives):
//   Tuple `(a, b)`, `a, b`, `()`, `(a,)`: Loc includes the parentheses when present;
//   List  `[a, *b]`, `[]`;
//   Set   `{a, *b}` (never empty: `{}` is a Dict).
struct Display : Loc {
  DisplayKind kind = DisplayKind::Tuple;
  std::vector<Expr> elts;  // elements may be Starred
};

// One entry of a dict display: `key: value`, or `**value` when key is empty.
struct DictItem : Loc {
  boost::optional<Expr> key;
  Expr value;
};

struct Dict : Loc {
  std::vector<DictItem> items;
};

// One `for target in iter if c1 if c2` clause of a comprehension.
struct CompFor : Loc {
  Expr target;  // a target list as written (Name, Tuple, Starred, ...); validated by the compiler
  Expr iter;    // for the first clause evaluated in the enclosing scope (compiler's concern)
  std::vector<Expr> ifs;
};

// `[elt for ...]`, `{elt for ...}`, `{elt: value for ...}`, `(elt for ...)` / `f(elt for ...)`.
// For Dict, elt is the key and value the value; value is empty for the other kinds.
struct Comprehension : Loc {
  CompKind kind = CompKind::List;
  Expr elt;
  boost::optional<Expr> value;
  std::vector<CompFor> fors;  // at least one, outermost first
};

// `yield` / `yield x` / `yield a, b` (value is then a Tuple), and `yield from value` (is_from;
// value then always set).
struct Yield : Loc {
  bool is_from = false;
  boost::optional<Expr> value;
};

// `lower:upper:step`; only appears in Trailer::index (possibly inside a Tuple). Each part may be
// empty: `x[:]`, `x[::2]`.
struct Slice : Loc {
  boost::optional<Expr> lower, upper, step;
};

// ---------------------------------------------------------------------------------------------
// Statements

// `pass`, `break`, `continue` (one node: boost::variant holds at most 20 alternatives).
struct SimpleStmt : Loc {
  SimpleKind kind = SimpleKind::Pass;
};
struct ExprStmt;
struct Assign;
struct AugAssign;
struct AnnAssign;
struct Return;
struct Raise;
struct Global;
struct Nonlocal;
struct Del;
struct Assert;
struct Import;
struct ImportFrom;
struct If;
struct While;
struct For;
struct Try;
struct With;
struct FunctionDef;
struct ClassDef;

struct Stmt
    : x3::variant<SimpleStmt, x3::forward_ast<ExprStmt>, x3::forward_ast<Assign>,
                  x3::forward_ast<AugAssign>, x3::forward_ast<AnnAssign>, x3::forward_ast<Return>,
                  x3::forward_ast<Raise>, x3::forward_ast<Global>, x3::forward_ast<Nonlocal>,
                  x3::forward_ast<Del>, x3::forward_ast<Assert>, x3::forward_ast<Import>,
                  x3::forward_ast<ImportFrom>, x3::forward_ast<If>, x3::forward_ast<While>,
                  x3::forward_ast<For>, x3::forward_ast<Try>, x3::forward_ast<With>,
                  x3::forward_ast<FunctionDef>, x3::forward_ast<ClassDef>> {
  using base_type::base_type;
  using base_type::operator=;
};

// A bare expression (`f(x)`, `yield x`, a docstring Str, `a, b`).
struct ExprStmt : Loc {
  Expr value;
};

// `t1 = t2 = value`: targets=[t1, t2] (at least one). Targets are expressions as written
// (`a, b = ...` gives a Tuple target); the compiler validates them ("cannot assign to literal").
// value may be a Yield or a Tuple (`x = 1, 2`).
struct Assign : Loc {
  std::vector<Expr> targets;
  Expr value;
};

// `target op= value` for all 13 BinOps; target validated by the compiler (a Name, attribute or
// subscript Postfix). value may be a Yield or Tuple.
struct AugAssign : Loc {
  Expr target;
  BinOp op = BinOp::Add;
  Expr value;
};

// `target: annotation [= value]`. simple is true when target is a bare Name not in parentheses
// (CPython stores those in __annotations__; the others only evaluate the target's parts).
struct AnnAssign : Loc {
  Expr target;
  Expr annotation;
  boost::optional<Expr> value;
  bool simple = false;
};

struct Return : Loc {  // `return` / `return x` / `return a, *b` (a Tuple)
  boost::optional<Expr> value;
};

struct Raise : Loc {  // `raise` / `raise exc` / `raise exc from cause` (cause implies exc)
  boost::optional<Expr> exc;
  boost::optional<Expr> cause;
};

struct Global : Loc {
  std::vector<std::string> names;  // at least one
};

struct Nonlocal : Loc {
  std::vector<std::string> names;  // at least one
};

struct Del : Loc {  // `del a, b[0]` (a trailing comma is allowed); targets validated by compiler
  std::vector<Expr> targets;
};

struct Assert : Loc {  // `assert test[, msg]`
  Expr test;
  boost::optional<Expr> msg;
};

// `a.b.c as d` in an import. For `from m import *` the single alias has name "*".
struct Alias : Loc {
  std::string name;    // dotted module path for `import` ("a.b.c"), plain name for `from`
  std::string asname;  // empty when there is no `as`
};

struct Import : Loc {  // `import a.b as c, d`
  std::vector<Alias> names;
};

// `from ..pkg.mod import a as b, c`: level = number of leading dots (`...` counts 3),
// module = "pkg.mod" (empty for `from . import x`).
struct ImportFrom : Loc {
  int level = 0;
  std::string module;
  std::vector<Alias> names;
};

// `if test: body` followed by elif/else. An `elif` becomes a single nested If in orelse (whose Loc
// starts at the `elif` keyword), as in CPython's ast.
struct If : Loc {
  Expr test;
  std::vector<Stmt> body;    // never empty
  std::vector<Stmt> orelse;  // empty when there is no elif/else
};

struct While : Loc {
  Expr test;
  std::vector<Stmt> body;
  std::vector<Stmt> orelse;  // the `else:` run when the loop ends without break
};

struct For : Loc {
  Expr target;  // target list as written; validated by the compiler
  Expr iter;    // may be a Tuple (`for x in 1, 2:`)
  std::vector<Stmt> body;
  std::vector<Stmt> orelse;
};

// `except [type [as name]]: body`.
struct ExceptHandler : Loc {
  boost::optional<Expr> type;  // empty for a bare `except:`; `except (A, B):` is a Tuple
  std::string name;            // empty when there is no `as`
  std::vector<Stmt> body;
};

// try/except/else/finally. The grammar guarantees: handlers non-empty or finalbody non-empty;
// orelse only with handlers; a bare `except:` only as the last handler ("default 'except:' must
// be last").
struct Try : Loc {
  std::vector<Stmt> body;
  std::vector<ExceptHandler> handlers;
  std::vector<Stmt> orelse;
  std::vector<Stmt> finalbody;
};

// One `context [as vars]` of a with statement.
struct WithItem : Loc {
  Expr context;
  boost::optional<Expr> vars;  // a target expression (Name, Tuple, attribute...) or empty
};

// `with a as b, c:` and `with (a as b, c):`; several items mean nested withs, left outermost.
struct With : Loc {
  std::vector<WithItem> items;  // at least one
  std::vector<Stmt> body;
};

// `@d1 @d2 def name(params) -> returns: body`. As CPython, Loc starts at the `def` keyword (not at
// the first decorator); each decorator expression has its own Loc. Decorators are listed top to
// bottom (applied bottom first).
struct FunctionDef : Loc {
  std::vector<Expr> decorators;
  std::string name;
  Params params;
  boost::optional<Expr> returns;  // `-> T`
  std::vector<Stmt> body;
};

// `@d class Name(args): body`. args are the bases and keywords as in a call (metaclass=M, *bs,
// **kw), empty for `class C:` and `class C():`. Loc starts at `class`, as for FunctionDef.
struct ClassDef : Loc {
  std::vector<Expr> decorators;
  std::string name;
  std::vector<Arg> args;
  std::vector<Stmt> body;
};

struct Module {
  std::vector<Stmt> body;
};

// ---------------------------------------------------------------------------------------------
// Helpers

namespace detail {
template <typename T>
const Loc& loc_ref(const T& node) {
  return node;
}
template <typename T>
const Loc& loc_ref(const x3::forward_ast<T>& node) {
  return node.get();
}
}  // namespace detail

// The span of any expression or statement, whichever alternative it holds.
inline const Loc& loc_of(const Expr& e) {
  return boost::apply_visitor([](const auto& n) -> const Loc& { return detail::loc_ref(n); },
                              e.get());
}
inline const Loc& loc_of(const Stmt& s) {
  return boost::apply_visitor([](const auto& n) -> const Loc& { return detail::loc_ref(n); },
                              s.get());
}

// If `e` holds a T (directly or boxed), a pointer to it, else nullptr:
// `if (auto* n = ast::get_if<ast::Name>(e))`.
template <typename T>
const T* get_if(const Expr& e) {
  if (auto* p = boost::relaxed_get<T>(&e.get())) return p;
  if (auto* p = boost::relaxed_get<x3::forward_ast<T>>(&e.get())) return &p->get();
  return nullptr;
}
template <typename T>
const T* get_if(const Stmt& s) {
  if (auto* p = boost::relaxed_get<T>(&s.get())) return p;
  if (auto* p = boost::relaxed_get<x3::forward_ast<T>>(&s.get())) return &p->get();
  return nullptr;
}

// Source spelling of operators, for messages and dumps.
inline const char* op_text(BinOp op) {
  static const char* const k[] = {"+",  "-",  "*",  "@", "/", "//", "%",
                                  "**", "<<", ">>", "|", "^", "&"};
  return k[static_cast<int>(op)];
}
inline const char* op_text(UnaryOp op) {
  static const char* const k[] = {"~", "not", "+", "-"};
  return k[static_cast<int>(op)];
}
inline const char* op_text(CmpOp op) {
  static const char* const k[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};
  return k[static_cast<int>(op)];
}
inline const char* op_text(BoolOp op) {
  return op == BoolOp::And ? "and" : "or";
}

}  // namespace gilt::ast

// AST-READY
