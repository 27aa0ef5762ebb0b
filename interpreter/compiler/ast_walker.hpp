// AstWalker: the traversal the compiler's analysis passes share (validate.cpp, symtable.cpp).
//
// A pass derives from AstWalker<Pass>, writes `using AstWalker<Pass>::on;`, and defines `on()`
// only for the nodes it treats specially; every other node's children are visited here, in
// source order. Dispatch is static (CRTP), so a pass's override is called without a virtual.
#pragma once

#include <vector>

#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/context.hpp"
#include "interpreter/compiler/fstring.hpp"

namespace gilt::compiler {

template <class Pass>
class AstWalker {
 public:
  explicit AstWalker(CompileContext& ctx) : ctx_(ctx) {}

  void stmts(const std::vector<ast::Stmt>& body) {
    for (const ast::Stmt& s : body)
      stmt(s);
  }
  void expr(const ast::Expr& e) {
    DepthGuard guard(ctx_);
    visit_node(e, [this](const auto& n) { self().on(n); });
  }

 protected:
  Pass& self() { return static_cast<Pass&>(*this); }

  void stmt(const ast::Stmt& s) {
    DepthGuard guard(ctx_);
    visit_node(s, [this](const auto& n) { self().on(n); });
  }
  void exprs(const std::vector<ast::Expr>& es) {
    for (const ast::Expr& e : es)
      expr(e);
  }
  void opt(const boost::optional<ast::Expr>& e) {
    if (e) expr(*e);
  }

  // --- statements whose parts every pass visits alike ---
  void on(const ast::SimpleStmt&) {}
  void on(const ast::ExprStmt& s) { expr(s.value); }
  void on(const ast::Return& s) { opt(s.value); }
  void on(const ast::Raise& s) {
    opt(s.exc);
    opt(s.cause);
  }
  void on(const ast::Assert& s) {
    expr(s.test);
    opt(s.msg);
  }
  void on(const ast::If& s) {
    expr(s.test);
    stmts(s.body);
    stmts(s.orelse);
  }
  void on(const ast::While& s) {
    expr(s.test);
    stmts(s.body);
    stmts(s.orelse);
  }

  // --- expressions ---
  void on(const ast::Name&) {}
  void on(const ast::Constant&) {}
  void on(const ast::Number&) {}
  void on(const ast::Str& s) {
    if (is_fstring(s)) fstring_parts(ctx_.fstrings().get(ctx_, s).parts);
  }
  void fstring_parts(const std::vector<FStringPart>& parts) {
    for (const FStringPart& p : parts) {
      if (!p.field) continue;
      expr(p.field->expr);
      fstring_parts(p.field->spec);
    }
  }
  void on(const ast::BinChain& n) {
    expr(n.first);
    for (const ast::BinRhs& r : n.rest)
      expr(r.rhs);
  }
  void on(const ast::Power& n) {
    expr(n.base);
    expr(n.exp);
  }
  void on(const ast::Unary& n) { expr(n.operand); }
  void on(const ast::Compare& n) {
    expr(n.first);
    for (const ast::CmpRhs& r : n.rest)
      expr(r.rhs);
  }
  void on(const ast::BoolChain& n) { exprs(n.values); }
  void on(const ast::IfExp& n) {
    expr(n.body);
    expr(n.test);
    expr(n.orelse);
  }
  void on(const ast::NamedExpr& n) { expr(n.value); }
  void on(const ast::Postfix& n) {
    expr(n.atom);
    for (const ast::Trailer& t : n.trailers) {
      if (t.kind == ast::TrailerKind::Call) {
        for (const ast::Arg& a : t.args)
          expr(a.value);
      } else if (t.kind == ast::TrailerKind::Subscript) {
        expr(t.index);
      }
    }
  }
  void on(const ast::Starred& n) { expr(n.value); }
  void on(const ast::Display& n) { exprs(n.elts); }
  void on(const ast::Dict& n) {
    for (const ast::DictItem& i : n.items) {
      opt(i.key);
      expr(i.value);
    }
  }
  void on(const ast::Yield& n) { opt(n.value); }
  void on(const ast::Slice& n) {
    opt(n.lower);
    opt(n.upper);
    opt(n.step);
  }

  CompileContext& ctx_;
};

}  // namespace gilt::compiler
