// Assignment targets: names, attributes, subscripts and (nested) tuple/list unpacking with one
// starred target; del of each kind; plain, chained, augmented and annotated assignment.
#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/codegen.hpp"
#include "interpreter/compiler/literals.hpp"
#include "runtime/errors.hpp"

namespace gilt::compiler {

namespace {

// An attribute or subscript target: a Postfix whose last trailer is not a call.
const ast::Postfix* item_target(const ast::Expr& e) {
  auto* p = ast::get_if<ast::Postfix>(e);
  if (!p || p->trailers.empty() || p->trailers.back().kind == ast::TrailerKind::Call)
    return nullptr;
  return p;
}

const ast::Display* sequence_target(const ast::Expr& e) {
  auto* d = ast::get_if<ast::Display>(e);
  return d && d->kind != ast::DisplayKind::Set ? d : nullptr;
}

}  // namespace

void Codegen::store(const ast::Expr& target) {
  DepthGuard guard(ctx_);
  PositionScope pos(*this, ast::loc_of(target));
  if (auto* n = ast::get_if<ast::Name>(target)) {
    name_op(n->id, NameCtx::Store, *n);
  } else if (const ast::Postfix* p = item_target(target)) {
    postfix(*p, p->trailers.size() - 1);
    const ast::Trailer& last = p->trailers.back();
    if (last.kind == ast::TrailerKind::Attribute) {
      check_forbidden(last.name, *p, NameCtx::Store);
      b().emit(Op::STORE_ATTR, name_index(last.name));
    } else {
      subscript_index(last.index);
      b().emit(Op::STORE_SUBSCR);
    }
  } else if (const ast::Display* d = sequence_target(target)) {
    unpack_and_store(d->elts, *d);
  } else if (auto* s = ast::get_if<ast::Starred>(target)) {
    ctx_.syntax_error("starred assignment target must be in a list or tuple", *s);
  } else {
    ctx_.syntax_error(cat("cannot assign to ", expr_kind_name(target)), ast::loc_of(target));
  }
}

// UNPACK_SEQUENCE n, or UNPACK_EX before|(after << 8) around one starred target; the items
// come out first-on-top, so the targets are stored left to right.
void Codegen::unpack_and_store(const std::vector<ast::Expr>& elts, const ast::Loc& loc) {
  size_t star = elts.size();
  for (size_t i = 0; i < elts.size(); ++i) {
    if (!is_starred(elts[i])) continue;
    if (star != elts.size()) ctx_.syntax_error("multiple starred expressions in assignment", loc);
    star = i;
  }
  if (star != elts.size()) {
    size_t before = star, after = elts.size() - star - 1;
    if (before >= (1u << 8) || after >= (1u << 16))
      ctx_.syntax_error("too many expressions in star-unpacking assignment", loc);
    b().emit(Op::UNPACK_EX, static_cast<uint32_t>(before | (after << 8)));
  } else {
    b().emit(Op::UNPACK_SEQUENCE, check_operand(elts.size(), "targets"));
  }
  for (const ast::Expr& e : elts) {
    if (auto* s = ast::get_if<ast::Starred>(e)) {
      store(s->value);
    } else {
      store(e);
    }
  }
}

void Codegen::del(const ast::Expr& target) {
  DepthGuard guard(ctx_);
  PositionScope pos(*this, ast::loc_of(target));
  if (auto* n = ast::get_if<ast::Name>(target)) {
    name_op(n->id, NameCtx::Del, *n);
  } else if (const ast::Postfix* p = item_target(target)) {
    postfix(*p, p->trailers.size() - 1);
    const ast::Trailer& last = p->trailers.back();
    if (last.kind == ast::TrailerKind::Attribute) {
      b().emit(Op::DELETE_ATTR, name_index(last.name));
    } else {
      subscript_index(last.index);
      b().emit(Op::DELETE_SUBSCR);
    }
  } else if (const ast::Display* d = sequence_target(target)) {
    for (const ast::Expr& e : d->elts)
      del(e);
  } else {
    ctx_.syntax_error(cat("cannot delete ", expr_kind_name(target)), ast::loc_of(target));
  }
}

void Codegen::on(const ast::Del& s) {
  for (const ast::Expr& t : s.targets)
    del(t);
}

void Codegen::on(const ast::Assign& s) {
  // `a, b = b, a`: no tuple is built; the values are rotated into store order.
  if (s.targets.size() == 1) {
    const ast::Display* t = sequence_target(s.targets.front());
    auto* v = ast::get_if<ast::Display>(s.value);
    const size_t n = t ? t->elts.size() : 0;
    if (t && v && v->kind == ast::DisplayKind::Tuple && v->elts.size() == n && (n == 2 || n == 3)) {
      bool starred = false;
      for (size_t i = 0; i < n; ++i)
        starred = starred || is_starred(t->elts[i]) || is_starred(v->elts[i]);
      if (!starred) {
        exprs(v->elts);
        if (n == 3) b().emit(Op::ROT_THREE);
        b().emit(Op::ROT_TWO);
        for (const ast::Expr& e : t->elts)
          store(e);
        return;
      }
    }
  }
  expr(s.value);
  for (size_t i = 0; i + 1 < s.targets.size(); ++i) {
    b().emit(Op::DUP_TOP);
    store(s.targets[i]);
  }
  store(s.targets.back());
}

// The target's container and key are evaluated once: DUP_TOP(_TWO) keeps them for the store.
void Codegen::on(const ast::AugAssign& s) {
  const uint32_t op = static_cast<uint32_t>(to_binop(s.op, true));
  if (auto* n = ast::get_if<ast::Name>(s.target)) {
    {
      PositionScope pos(*this, *n);
      name_op(n->id, NameCtx::Load, *n);
    }
    expr(s.value);
    b().emit(Op::BINARY_OP, op);
    PositionScope pos(*this, *n);
    name_op(n->id, NameCtx::Store, *n);
    return;
  }
  const ast::Postfix* p = item_target(s.target);
  if (!p)
    ctx_.syntax_error(
        cat("'", expr_kind_name(s.target), "' is an illegal expression for augmented assignment"),
        ast::loc_of(s.target));
  const ast::Trailer& last = p->trailers.back();
  {
    PositionScope pos(*this, *p);
    postfix(*p, p->trailers.size() - 1);
    if (last.kind == ast::TrailerKind::Attribute) {
      check_forbidden(last.name, *p, NameCtx::Store);
      b().emit(Op::DUP_TOP);
      b().emit(Op::LOAD_ATTR, name_index(last.name));
    } else {
      subscript_index(last.index);
      b().emit(Op::DUP_TOP_TWO);
      b().emit(Op::BINARY_SUBSCR);
    }
  }
  expr(s.value);
  b().emit(Op::BINARY_OP, op);
  PositionScope pos(*this, *p);
  if (last.kind == ast::TrailerKind::Attribute) {
    b().emit(Op::ROT_TWO);  // [obj result] -> [result obj]
    b().emit(Op::STORE_ATTR, name_index(last.name));
  } else {
    b().emit(Op::ROT_THREE);  // [obj key result] -> [result obj key]
    b().emit(Op::STORE_SUBSCR);
  }
}

// `x: T = v`: module and class bodies record simple names in __annotations__; annotations are
// not evaluated in functions (CPython 3.11 without `from __future__ import annotations`).
void Codegen::on(const ast::AnnAssign& s) {
  if (s.value) {
    expr(*s.value);
    store(s.target);
  }
  const bool body_scope = !unit_->is_function_like();
  if (auto* n = ast::get_if<ast::Name>(s.target)) {
    if (!s.value) check_forbidden(n->id, *n, NameCtx::Store);
    if (s.simple) {
      if (body_scope) {
        expr(s.annotation);
        b().emit(Op::LOAD_NAME, static_cast<uint32_t>(b().add_name("__annotations__")));
        load_const(const_str(mangle(unit_->scope->private_name, n->id)));
        b().emit(Op::STORE_SUBSCR);
      }
      return;
    }
  } else if (const ast::Postfix* p = item_target(s.target); p && !s.value) {
    postfix(*p, p->trailers.size() - 1);
    b().emit(Op::POP_TOP);
    if (p->trailers.back().kind == ast::TrailerKind::Subscript) {
      subscript_index(p->trailers.back().index);
      b().emit(Op::POP_TOP);
    }
  }
  if (body_scope) {
    expr(s.annotation);
    b().emit(Op::POP_TOP);
  }
}

}  // namespace gilt::compiler
