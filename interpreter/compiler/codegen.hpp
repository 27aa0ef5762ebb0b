// The code generator: AST + symbol table -> CodeObjects, one Unit (code object under
// construction) per scope. Its member functions are spread over codegen_*.cpp by topic:
// codegen.cpp (units, names, driver), codegen_expr.cpp, fold.cpp (operator chains),
// codegen_call.cpp (calls and displays), codegen_stmt.cpp, codegen_target.cpp (assignment and
// del targets), codegen_try.cpp (try/with and the unwinding of break/continue/return),
// codegen_func.cpp (def, lambda, class, comprehensions, closures).
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "interpreter/ast.hpp"
#include "interpreter/compiler/code_builder.hpp"
#include "interpreter/compiler/context.hpp"
#include "interpreter/compiler/fstring.hpp"
#include "interpreter/compiler/symtable.hpp"
#include "runtime/runtime.hpp"

namespace gilt::compiler {

// CPython's fblocks: what a break/continue/return must undo on its way out.
enum class FBlockKind {
  WhileLoop,
  ForLoop,           // the iterator is on the stack
  TryExcept,         // try body: one SETUP_FINALLY block
  FinallyTry,        // try body of try/finally: the finally body runs on the way out
  FinallyEnd,        // finally body on the exception path: [prev exc] on the stack, a cleanup block
  With,              // with body: [bound_exit (enter_result)] on the stack, a SETUP_WITH block
  HandlerCleanup,    // except body: [prev exc] on the stack, one or two cleanup blocks
  PopValue,          // a return value parked under an inlined finally body
  ExceptionHandler,  // between PUSH_EXC_INFO and the clause bodies
};

struct FBlock {
  FBlockKind kind;
  Label start;                                        // loops: the `continue` target
  Label exit;                                         // loops: the `break` target
  const std::vector<ast::Stmt>* finalbody = nullptr;  // FinallyTry
  std::string handler_name;                           // HandlerCleanup: `except E as name`
  ast::Loc loc;                                       // the statement
  bool keeps_value = false;  // With: __enter__'s result stays under the body (see with_items)
};

enum class NameCtx { Load, Store, Del };

struct Unit {
  Scope* scope = nullptr;
  CodeBuilder b;
  std::string name, qualname;
  int firstlineno = 1;
  uint32_t flags = 0;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  std::vector<std::string> varnames, cellvars, freevars;
  std::unordered_map<std::string, int> varname_index, cellvar_index, freevar_index;
  std::vector<FBlock> fblocks;
  int unit_depth = 0;  // 1 for the module

  bool is_function_like() const { return scope->is_function_like(); }
  bool is_class() const { return scope->kind == ScopeKind::Class; }
  int varname(const std::string& name);     // the slot, added on first use
  int cell(const std::string& name) const;  // LOAD_DEREF operand: cellvars, then freevars
};

class Codegen {
 public:
  Codegen(CompileContext& ctx, SymbolTable& table, CompileMode mode);
  ~Codegen();

  Ref<CodeObject> module(const ast::Module& module);
  Ref<CodeObject> expression(const ast::Expr& expr);

 private:
  friend class PositionScope;

  // --- units (codegen.cpp) ---
  void enter_unit(Scope* scope, std::string name, int firstlineno);
  Ref<CodeObject> leave_unit();
  CodeBuilder& b() { return unit_->b; }
  void load_const(const Const& c);
  void load_none();
  void name_op(const std::string& name, NameCtx ctx, const ast::Loc& loc);
  uint32_t name_index(const std::string& name);  // mangled, into names
  void body_with_docstring(const std::vector<ast::Stmt>& body, bool store_doc);
  static const ast::Str* docstring(const std::vector<ast::Stmt>& body);
  static bool has_annotations(const std::vector<ast::Stmt>& body);

  // --- expressions (codegen_expr.cpp, fold.cpp) ---
  void expr(const ast::Expr& e);
  void exprs(const std::vector<ast::Expr>& es);
  bool try_const(const ast::Expr& e, Const* out);
  bool try_const_unary(const ast::Unary& u, Const* out);
  // Emits a conditional jump to `target` taken when `e` is true (`when_true`) or false.
  void jump_if(const ast::Expr& e, Label target, bool when_true);
  void compare_op(ast::CmpOp op);
  void fstring(const ast::Str& s);
  int fstring_parts(const std::vector<FStringPart>& parts);
  void yield_expr(const ast::Yield& y);
  void bin_chain(const ast::BinChain& n);

  void on(const ast::Name& n);
  void on(const ast::Constant& n);
  void on(const ast::Number& n);
  void on(const ast::Str& n);
  void on(const ast::BinChain& n);
  void on(const ast::Power& n);
  void on(const ast::Unary& n);
  void on(const ast::Compare& n);
  void on(const ast::BoolChain& n);
  void on(const ast::IfExp& n);
  void on(const ast::Lambda& n);
  void on(const ast::NamedExpr& n);
  void on(const ast::Postfix& n);
  void on(const ast::Starred& n);
  void on(const ast::Display& n);
  void on(const ast::Dict& n);
  void on(const ast::Comprehension& n);
  void on(const ast::Yield& n);
  void on(const ast::Slice& n);

  // --- calls and displays (codegen_call.cpp) ---
  // Evaluates atom + trailers[0, count) leaving one value (PUSH_NULLs for calls included).
  void postfix(const ast::Postfix& n, size_t count);
  // The arguments of a call whose callee (and `pushed` more positional arguments) are on the
  // stack, then CALL or CALL_FUNCTION_EX.
  void call_args(const std::vector<ast::Arg>& args, int pushed, const ast::Loc& call_loc);
  static bool is_simple_call(const ast::Trailer& t);
  // `x[i]`'s index; a lone `*a` (the grammar gives `x[*a]` no tuple) is the tuple (*a,).
  void subscript_index(const ast::Expr& index);
  void check_keywords(const std::vector<ast::Arg>& args, const ast::Loc& call_loc);
  enum class Build { Tuple, List, Set };
  struct Element {
    const ast::Expr* expr;
    bool starred;  // `*expr`: its items are spliced in
  };
  static std::vector<Element> elements(const std::vector<ast::Expr>& elts);
  // Builds a tuple/list/set of `pushed` values already on the stack followed by `elts`.
  void starunpack(const std::vector<Element>& elts, int pushed, Build kind);
  // The kwargs dict of CALL_FUNCTION_EX from `k=v` and `**m` arguments.
  void kwargs_dict(const std::vector<const ast::Arg*>& keywords);
  void keyword_group(const std::vector<const ast::Arg*>& keywords, size_t begin, size_t end);
  void dict_group(const ast::Dict& n, size_t begin, size_t end);

  // --- statements (codegen_stmt.cpp) ---
  void stmts(const std::vector<ast::Stmt>& body);
  void stmt(const ast::Stmt& s);
  void on(const ast::SimpleStmt& s);
  void on(const ast::ExprStmt& s);
  void on(const ast::Assign& s);
  void on(const ast::AugAssign& s);
  void on(const ast::AnnAssign& s);
  void on(const ast::Return& s);
  void on(const ast::Raise& s);
  void on(const ast::Global& s);
  void on(const ast::Nonlocal& s);
  void on(const ast::Del& s);
  void on(const ast::Assert& s);
  void on(const ast::Import& s);
  void on(const ast::ImportFrom& s);
  void on(const ast::If& s);
  void on(const ast::While& s);
  void on(const ast::For& s);
  void on(const ast::Try& s);
  void on(const ast::With& s);
  void on(const ast::FunctionDef& s);
  void on(const ast::ClassDef& s);

  // --- targets (codegen_target.cpp) ---
  void store(const ast::Expr& target);
  void del(const ast::Expr& target);
  void unpack_and_store(const std::vector<ast::Expr>& elts, const ast::Loc& loc);

  // --- blocks (codegen_try.cpp) ---
  void push_fblock(FBlock block, const ast::Loc& loc);
  void pop_fblock(FBlockKind kind);
  // Emits what leaving the innermost fblocks takes: all of them for a return (`preserve_tos`:
  // the return value stays on top), or up to the innermost loop for break/continue (the loop
  // itself is returned, not unwound; nullopt when there is none).
  std::optional<FBlock> unwind_fblocks(bool preserve_tos, bool stop_at_loop);
  void unwind_fblock(const FBlock& block, bool preserve_tos);
  void try_except(const ast::Try& s);
  void try_finally(const ast::Try& s);
  void with_items(const ast::With& s, size_t item);
  void handler_name_cleanup(const std::string& name, const ast::Loc& loc);
  void import_as(const std::string& dotted, const std::string& asname, const ast::Loc& loc);
  void check_future(const ast::ImportFrom& s);

  // --- functions and classes (codegen_func.cpp) ---
  uint32_t defaults(const ast::Params& params);
  bool annotations(const ast::Params& params, const boost::optional<ast::Expr>& returns);
  Ref<CodeObject> function_code(const void* node, const std::string& name,
                                const ast::Params& params, const std::vector<ast::Stmt>* body,
                                const ast::Expr* lambda_body, int firstlineno);
  void make_closure(const Ref<CodeObject>& code, uint32_t flags);
  void apply_decorators(const std::vector<ast::Expr>& decorators);
  void check_forbidden(const std::string& name, const ast::Loc& loc, NameCtx ctx);
  void comprehension_loop(const ast::Comprehension& n, size_t index, int depth);

  CompileContext& ctx_;
  SymbolTable& table_;
  CompileMode mode_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* unit_ = nullptr;
  std::vector<const ast::ImportFrom*> future_imports_;  // those at the top of the module
};

// Sets the builder's source span for the instructions emitted in its lifetime.
class PositionScope {
 public:
  PositionScope(Codegen& g, const ast::Loc& loc);
  ~PositionScope();
  PositionScope(const PositionScope&) = delete;
  PositionScope& operator=(const PositionScope&) = delete;

 private:
  CodeBuilder& b_;
  Position saved_;
};

// CPython's operator numbering for BINARY_OP from the AST's.
BinOp to_binop(ast::BinOp op, bool inplace);

}  // namespace gilt::compiler
