#include "interpreter/compiler/validate.hpp"

#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/ast_walker.hpp"
#include "interpreter/compiler/context.hpp"
#include "interpreter/compiler/fstring.hpp"
#include "runtime/errors.hpp"

namespace gilt::compiler {

namespace {

enum class TargetsKind { Star, For, Del };

// CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target.
const ast::Expr* invalid_target(const ast::Expr& e, TargetsKind kind) {
  if (auto* d = ast::get_if<ast::Display>(e); d && d->kind != ast::DisplayKind::Set) {
    for (const ast::Expr& elt : d->elts)
      if (const ast::Expr* bad = invalid_target(elt, kind)) return bad;
    return nullptr;
  }
  if (auto* s = ast::get_if<ast::Starred>(e)) {
    if (kind == TargetsKind::Del) return &e;
    return invalid_target(s->value, kind);
  }
  if (auto* c = ast::get_if<ast::Compare>(e)) {
    // `for a in b` can reach here as the comparison `a in b`: look at its left side.
    if (kind == TargetsKind::For) {
      if (!c->rest.empty() && c->rest.front().op == ast::CmpOp::In)
        return invalid_target(c->first, kind);
      return nullptr;
    }
    return &e;
  }
  if (ast::get_if<ast::Name>(e)) return nullptr;
  if (auto* p = ast::get_if<ast::Postfix>(e)) {
    if (!p->trailers.empty() && p->trailers.back().kind != ast::TrailerKind::Call) return nullptr;
    return &e;
  }
  return &e;
}

// The syntax errors CPython's parser reports but gilt's grammar accepts (invalid targets, starred
// expressions in the wrong place...), found by one walk over the tree before compiling.
class Validator : public AstWalker<Validator> {
 public:
  explicit Validator(CompileContext& ctx) : AstWalker(ctx) {}

 private:
  friend class AstWalker<Validator>;
  using AstWalker::on;

  void check_target(const ast::Expr& e, TargetsKind kind) {
    if (const ast::Expr* bad = invalid_target(e, kind)) {
      const char* verb = kind == TargetsKind::Del ? "cannot delete " : "cannot assign to ";
      ctx_.syntax_error(verb + std::string(expr_kind_name(*bad)), ast::loc_of(*bad));
    }
  }

  // --- the parts of an assignment CPython's error rules look at ---

  // The elements of a target list as the parser sees them (an unparenthesised tuple is a list).
  std::vector<const ast::Expr*> top_elements(const ast::Expr& e) const {
    std::vector<const ast::Expr*> out;
    auto* d = ast::get_if<ast::Display>(e);
    if (d && d->kind == ast::DisplayKind::Tuple && !d->elts.empty() &&
        !ctx_.wrapped_in_parens(*d)) {
      for (const ast::Expr& elt : d->elts)
        out.push_back(&elt);
    } else {
      out.push_back(&e);
    }
    return out;
  }

  // The operator-level expression (the grammar's `bitwise_or`) that `e` starts with, if any;
  // `whole` tells whether it is all of `e`.
  const ast::Expr* leading_operand(const ast::Expr& e, bool* whole) const {
    *whole = true;
    if (ctx_.is_parenthesized(ast::loc_of(e))) return &e;
    bool ignored;
    const ast::Expr* first = nullptr;
    if (auto* d = ast::get_if<ast::Display>(e); d && d->kind == ast::DisplayKind::Tuple) {
      std::vector<const ast::Expr*> elems = top_elements(e);
      if (elems.front() != &e) first = elems.front();
    } else if (auto* c = ast::get_if<ast::Compare>(e)) {
      first = &c->first;
    } else if (auto* b = ast::get_if<ast::BoolChain>(e)) {
      first = &b->values.front();
    } else if (auto* i = ast::get_if<ast::IfExp>(e)) {
      first = &i->body;
    } else if (!is_operand_level(e)) {
      return nullptr;
    }
    if (!first) return &e;
    *whole = false;
    return leading_operand(*first, &ignored);
  }

  bool is_operand_level(const ast::Expr& e) const {
    if (ctx_.is_parenthesized(ast::loc_of(e))) return true;
    if (ast::get_if<ast::Compare>(e) || ast::get_if<ast::BoolChain>(e) ||
        ast::get_if<ast::IfExp>(e) || ast::get_if<ast::Lambda>(e) || ast::get_if<ast::Yield>(e) ||
        ast::get_if<ast::Starred>(e) || ast::get_if<ast::NamedExpr>(e))
      return false;
    if (auto* u = ast::get_if<ast::Unary>(e)) return u->op != ast::UnaryOp::Not;
    return true;
  }

  // CPython's lookahead !(list|tuple|genexp|'True'|'None'|'False') at the start of `e`.
  bool starts_with_excluded_atom(const ast::Expr& e) const {
    const ast::Expr* cur = &e;
    while (true) {
      if (ctx_.is_parenthesized(ast::loc_of(*cur))) return false;  // a parenthesised group
      if (auto* d = ast::get_if<ast::Display>(*cur)) return d->kind != ast::DisplayKind::Set;
      if (auto* c = ast::get_if<ast::Comprehension>(*cur))
        return c->kind == ast::CompKind::Generator;
      if (auto* k = ast::get_if<ast::Constant>(*cur)) return k->kind != ast::ConstKind::Ellipsis;
      if (auto* b = ast::get_if<ast::BinChain>(*cur)) {
        cur = &b->first;
      } else if (auto* p = ast::get_if<ast::Power>(*cur)) {
        cur = &p->base;
      } else if (auto* x = ast::get_if<ast::Postfix>(*cur)) {
        cur = &x->atom;
      } else {
        return false;
      }
    }
  }

  // CPython's invalid_named_expression alternatives, which its parser tries on the first target
  // of a failed assignment: `1 = x` gets "... here. Maybe you meant '==' instead of '='?".
  void check_meant_equality(const ast::Assign& s) const {
    const ast::Expr& last = *top_elements(s.targets.front()).back();
    const ast::Expr& next = s.targets.size() > 1 ? s.targets[1] : s.value;
    bool whole = true;
    const ast::Expr* lead = leading_operand(next, &whole);
    // The operand after '=' must not itself be followed by '=' (or ':=').
    if (!lead || (whole && s.targets.size() > 1)) return;
    if (ast::get_if<ast::Name>(last) && !ctx_.is_parenthesized(ast::loc_of(last))) {
      ctx_.syntax_error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        span(ast::loc_of(last), ast::loc_of(*lead)));
    }
    if (!is_operand_level(last) || starts_with_excluded_atom(last)) return;
    ctx_.syntax_error(cat("cannot assign to ", expr_kind_name(last),
                          " here. Maybe you meant '==' instead of '='?"),
                      ast::loc_of(last));
  }

  // --- statements ---
  void on(const ast::Assign& s) {
    for (const ast::Expr& t : s.targets) {
      if (!invalid_target(t, TargetsKind::Star)) continue;
      check_meant_equality(s);
      for (const ast::Expr& u : s.targets)
        check_target(u, TargetsKind::Star);
    }
    exprs(s.targets);
    expr(s.value);
  }
  void on(const ast::AugAssign& s) {
    bool ok = ast::get_if<ast::Name>(s.target) != nullptr;
    if (auto* p = ast::get_if<ast::Postfix>(s.target))
      ok = !p->trailers.empty() && p->trailers.back().kind != ast::TrailerKind::Call;
    if (!ok)
      ctx_.syntax_error(
          cat("'", expr_kind_name(s.target), "' is an illegal expression for augmented assignment"),
          ast::loc_of(s.target));
    expr(s.target);
    expr(s.value);
  }
  void on(const ast::AnnAssign& s) {
    bool ok = ast::get_if<ast::Name>(s.target) != nullptr;
    if (auto* p = ast::get_if<ast::Postfix>(s.target))
      ok = !p->trailers.empty() && p->trailers.back().kind != ast::TrailerKind::Call;
    if (!ok) {
      auto* d = ast::get_if<ast::Display>(s.target);
      if (d && d->kind != ast::DisplayKind::Set)
        ctx_.syntax_error(
            cat("only single target (not ", d->kind == ast::DisplayKind::Tuple ? "tuple" : "list",
                ") can be annotated"),
            ast::loc_of(s.target));
      ctx_.syntax_error("illegal target for annotation", ast::loc_of(s.target));
    }
    expr(s.target);
    expr(s.annotation);
    opt(s.value);
  }
  void on(const ast::Global&) {}
  void on(const ast::Nonlocal&) {}
  void on(const ast::Del& s) {
    for (const ast::Expr& t : s.targets)
      check_target(t, TargetsKind::Del);
    exprs(s.targets);
  }
  void on(const ast::Import&) {}
  void on(const ast::ImportFrom&) {}
  void on(const ast::For& s) {
    check_target(s.target, TargetsKind::For);
    expr(s.target);
    expr(s.iter);
    stmts(s.body);
    stmts(s.orelse);
  }
  void on(const ast::Try& s) {
    stmts(s.body);
    for (const ast::ExceptHandler& h : s.handlers) {
      opt(h.type);
      stmts(h.body);
    }
    stmts(s.orelse);
    stmts(s.finalbody);
  }
  void on(const ast::With& s) {
    for (const ast::WithItem& item : s.items) {
      expr(item.context);
      if (item.vars) {
        check_target(*item.vars, TargetsKind::Star);
        expr(*item.vars);
      }
    }
    stmts(s.body);
  }
  void params(const ast::Params& p) {
    auto one = [this](const ast::Param& x) {
      opt(x.annotation);
      opt(x.default_value);
    };
    for (const ast::Param& x : p.posonly)
      one(x);
    for (const ast::Param& x : p.args)
      one(x);
    if (p.vararg) one(*p.vararg);
    for (const ast::Param& x : p.kwonly)
      one(x);
    if (p.kwarg) one(*p.kwarg);
  }
  void on(const ast::FunctionDef& s) {
    exprs(s.decorators);
    params(s.params);
    opt(s.returns);
    stmts(s.body);
  }
  void on(const ast::ClassDef& s) {
    exprs(s.decorators);
    for (const ast::Arg& a : s.args)
      expr(a.value);
    stmts(s.body);
  }

  // --- expressions ---
  void on(const ast::Lambda& n) {
    params(n.params);
    expr(n.body);
  }
  void on(const ast::Starred& n) {
    if (ctx_.is_parenthesized(n)) ctx_.syntax_error("cannot use starred expression here", n);
    expr(n.value);
  }
  void on(const ast::Comprehension& n) {
    if (auto* st = ast::get_if<ast::Starred>(n.elt))
      ctx_.syntax_error("iterable unpacking cannot be used in comprehension", *st);
    expr(n.elt);
    opt(n.value);
    for (const ast::CompFor& f : n.fors) {
      check_target(f.target, TargetsKind::For);
      expr(f.target);
      expr(f.iter);
      exprs(f.ifs);
    }
  }
};

}  // namespace

void validate_module(CompileContext& ctx, const ast::Module& module) {
  Validator(ctx).stmts(module.body);
}

void validate_expression(CompileContext& ctx, const ast::Expr& expr) {
  Validator(ctx).expr(expr);
}

}  // namespace gilt::compiler
