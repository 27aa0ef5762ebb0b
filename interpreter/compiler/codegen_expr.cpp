// Expressions: constants and names, unary and power operators, comparison chains, boolean
// operators, conditional jumps, f-strings, yield.
#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/codegen.hpp"
#include "interpreter/compiler/literals.hpp"
#include "runtime/errors.hpp"

namespace gilt::compiler {

BinOp to_binop(ast::BinOp op, bool inplace) {
  BinOp r = BinOp::Add;
  switch (op) {
    case ast::BinOp::Add:
      r = BinOp::Add;
      break;
    case ast::BinOp::Sub:
      r = BinOp::Sub;
      break;
    case ast::BinOp::Mult:
      r = BinOp::Mul;
      break;
    case ast::BinOp::MatMult:
      r = BinOp::MatMul;
      break;
    case ast::BinOp::Div:
      r = BinOp::TrueDiv;
      break;
    case ast::BinOp::FloorDiv:
      r = BinOp::FloorDiv;
      break;
    case ast::BinOp::Mod:
      r = BinOp::Mod;
      break;
    case ast::BinOp::Pow:
      r = BinOp::Pow;
      break;
    case ast::BinOp::LShift:
      r = BinOp::LShift;
      break;
    case ast::BinOp::RShift:
      r = BinOp::RShift;
      break;
    case ast::BinOp::BitOr:
      r = BinOp::Or;
      break;
    case ast::BinOp::BitXor:
      r = BinOp::Xor;
      break;
    case ast::BinOp::BitAnd:
      r = BinOp::And;
      break;
  }
  return inplace ? static_cast<BinOp>(static_cast<int>(r) + kInplaceOffset) : r;
}

void Codegen::expr(const ast::Expr& e) {
  DepthGuard guard(ctx_);
  PositionScope pos(*this, ast::loc_of(e));
  visit_node(e, [this](const auto& n) { this->on(n); });
}

void Codegen::exprs(const std::vector<ast::Expr>& es) {
  for (const ast::Expr& e : es)
    expr(e);
}

// Literals, folded negative numbers and tuples of constants.
bool Codegen::try_const(const ast::Expr& e, Const* out) {
  if (auto* n = ast::get_if<ast::Number>(e)) {
    *out = number_const(ctx_, *n);
    return true;
  }
  if (auto* c = ast::get_if<ast::Constant>(e)) {
    *out = constant_const(*c);
    return true;
  }
  if (auto* s = ast::get_if<ast::Str>(e)) {
    if (is_fstring(*s)) return false;
    *out = string_const(*s);
    return true;
  }
  if (auto* u = ast::get_if<ast::Unary>(e)) return try_const_unary(*u, out);
  if (auto* d = ast::get_if<ast::Display>(e); d && d->kind == ast::DisplayKind::Tuple) {
    std::vector<Const> items(d->elts.size());
    for (size_t i = 0; i < d->elts.size(); ++i)
      if (!try_const(d->elts[i], &items[i])) return false;
    *out = const_tuple(items);
    return true;
  }
  return false;
}

void Codegen::on(const ast::Name& n) {
  name_op(n.id, NameCtx::Load, n);
}

void Codegen::on(const ast::Constant& n) {
  load_const(constant_const(n));
}

void Codegen::on(const ast::Number& n) {
  load_const(number_const(ctx_, n));
}

void Codegen::on(const ast::Str& n) {
  if (is_fstring(n)) {
    fstring(n);
  } else {
    load_const(string_const(n));
  }
}

void Codegen::on(const ast::BinChain& n) {
  bin_chain(n);
}

void Codegen::on(const ast::Power& n) {
  expr(n.base);
  expr(n.exp);
  b().emit(Op::BINARY_OP, static_cast<uint32_t>(BinOp::Pow));
}

// -1, +2.5, ~3: a number literal under a unary operator is one constant.
bool Codegen::try_const_unary(const ast::Unary& u, Const* out) {
  Const operand;
  if (u.op == ast::UnaryOp::Not || !ast::get_if<ast::Number>(u.operand) ||
      !try_const(u.operand, &operand))
    return false;
  return fold_unary(u.op, operand, out);
}

void Codegen::on(const ast::Unary& n) {
  Const folded;
  if (try_const_unary(n, &folded)) {
    load_const(folded);
    return;
  }
  expr(n.operand);
  switch (n.op) {
    case ast::UnaryOp::Invert:
      b().emit(Op::UNARY_INVERT);
      break;
    case ast::UnaryOp::Not:
      b().emit(Op::UNARY_NOT);
      break;
    case ast::UnaryOp::UAdd:
      b().emit(Op::UNARY_POSITIVE);
      break;
    case ast::UnaryOp::USub:
      b().emit(Op::UNARY_NEGATIVE);
      break;
  }
}

void Codegen::compare_op(ast::CmpOp op) {
  switch (op) {
    case ast::CmpOp::Eq:
      b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Eq));
      break;
    case ast::CmpOp::NotEq:
      b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ne));
      break;
    case ast::CmpOp::Lt:
      b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Lt));
      break;
    case ast::CmpOp::LtE:
      b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Le));
      break;
    case ast::CmpOp::Gt:
      b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Gt));
      break;
    case ast::CmpOp::GtE:
      b().emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ge));
      break;
    case ast::CmpOp::Is:
      b().emit(Op::IS_OP, 0);
      break;
    case ast::CmpOp::IsNot:
      b().emit(Op::IS_OP, 1);
      break;
    case ast::CmpOp::In:
      b().emit(Op::CONTAINS_OP, 0);
      break;
    case ast::CmpOp::NotIn:
      b().emit(Op::CONTAINS_OP, 1);
      break;
  }
}

// `a < b < c`: each middle operand is evaluated once (DUP_TOP; ROT_THREE keeps a copy under the
// result) and the first false comparison ends the chain with its result.
void Codegen::on(const ast::Compare& n) {
  expr(n.first);
  if (n.rest.empty()) return;
  const size_t last = n.rest.size() - 1;
  Label cleanup = b().new_label();
  for (size_t i = 0; i < last; ++i) {
    expr(n.rest[i].rhs);
    b().emit(Op::DUP_TOP);
    b().emit(Op::ROT_THREE);
    compare_op(n.rest[i].op);
    b().emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  expr(n.rest[last].rhs);
  compare_op(n.rest[last].op);
  if (last > 0) {
    Label end = b().new_label();
    b().emit_jump(Op::JUMP_FORWARD, end);
    b().bind(cleanup);  // [operand result]
    b().emit(Op::ROT_TWO);
    b().emit(Op::POP_TOP);
    b().bind(end);
  }
}

// `a or b`: the first true operand (or the last one) is the value.
void Codegen::on(const ast::BoolChain& n) {
  Label end = b().new_label();
  const Op op = n.op == ast::BoolOp::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  for (size_t i = 0; i + 1 < n.values.size(); ++i) {
    expr(n.values[i]);
    b().emit_jump(op, end);
  }
  expr(n.values.back());
  b().bind(end);
}

void Codegen::on(const ast::IfExp& n) {
  Label orelse = b().new_label(), end = b().new_label();
  jump_if(n.test, orelse, false);
  expr(n.body);
  b().emit_jump(Op::JUMP_FORWARD, end);
  b().bind(orelse);
  expr(n.orelse);
  b().bind(end);
}

void Codegen::on(const ast::NamedExpr& n) {
  expr(n.value);
  b().emit(Op::DUP_TOP);
  name_op(n.target.id, NameCtx::Store, n.target);
}

void Codegen::on(const ast::Starred& n) {
  ctx_.syntax_error("can't use starred expression here", n);
}

void Codegen::on(const ast::Slice& n) {
  auto part = [this](const boost::optional<ast::Expr>& e) {
    if (e) {
      expr(*e);
    } else {
      load_none();
    }
  };
  part(n.lower);
  part(n.upper);
  if (n.step) {
    expr(*n.step);
    b().emit(Op::BUILD_SLICE, 3);
  } else {
    b().emit(Op::BUILD_SLICE, 2);
  }
}

void Codegen::on(const ast::Yield& n) {
  yield_expr(n);
}

void Codegen::yield_expr(const ast::Yield& y) {
  if (unit_->scope->kind != ScopeKind::Function) ctx_.syntax_error("'yield' outside function", y);
  if (!y.is_from) {
    if (y.value) {
      expr(*y.value);
    } else {
      load_none();
    }
    b().emit(Op::YIELD_VALUE);
    return;
  }
  // yield from: [iter None] SEND → [iter result] YIELD_VALUE → [iter sent] → SEND again.
  expr(*y.value);
  b().emit(Op::GET_YIELD_FROM_ITER);
  load_none();
  Label send = b().new_label(), exit = b().new_label();
  b().bind(send);
  b().emit_jump(Op::SEND, exit);
  b().emit(Op::YIELD_VALUE);
  b().emit_jump(Op::JUMP_BACKWARD, send);
  b().bind(exit);  // [return value]
}

static bool is_none_constant(const ast::Expr& e) {
  auto* c = ast::get_if<ast::Constant>(e);
  return c && c->kind == ast::ConstKind::None;
}

// Truth of a literal known at compile time (as CPython's constant-condition folding).
static int literal_truth(const ast::Expr& e) {
  if (auto* c = ast::get_if<ast::Constant>(e))
    return c->kind == ast::ConstKind::True || c->kind == ast::ConstKind::Ellipsis;
  if (auto* s = ast::get_if<ast::Str>(e)) {
    if (is_fstring(*s)) return -1;
    for (const ast::StrPiece& p : s->pieces)
      if (!p.value.empty()) return 1;
    return 0;
  }
  if (auto* n = ast::get_if<ast::Number>(e); n && n->kind == ast::NumberKind::Int) {
    for (char ch : n->text)
      if (ch != '0' && ch != '_' && ch != 'x' && ch != 'X' && ch != 'o' && ch != 'O' && ch != 'b' &&
          ch != 'B')
        return 1;
    return 0;
  }
  return -1;
}

void Codegen::jump_if(const ast::Expr& e, Label target, bool when_true) {
  DepthGuard guard(ctx_);
  PositionScope pos(*this, ast::loc_of(e));
  if (auto* u = ast::get_if<ast::Unary>(e); u && u->op == ast::UnaryOp::Not) {
    jump_if(u->operand, target, !when_true);
    return;
  }
  if (auto* bc = ast::get_if<ast::BoolChain>(e)) {
    // `a and b` jumps when false as soon as one operand is false; when true only if all are.
    const bool jump_on_and = bc->op == ast::BoolOp::And;
    if (when_true != jump_on_and) {
      for (const ast::Expr& v : bc->values)
        jump_if(v, target, when_true);
    } else {
      Label next = b().new_label();
      for (size_t i = 0; i + 1 < bc->values.size(); ++i)
        jump_if(bc->values[i], next, !when_true);
      jump_if(bc->values.back(), target, when_true);
      b().bind(next);
    }
    return;
  }
  if (auto* ie = ast::get_if<ast::IfExp>(e)) {
    Label orelse = b().new_label(), end = b().new_label();
    jump_if(ie->test, orelse, false);
    jump_if(ie->body, target, when_true);
    b().emit_jump(Op::JUMP_FORWARD, end);
    b().bind(orelse);
    jump_if(ie->orelse, target, when_true);
    b().bind(end);
    return;
  }
  if (auto* c = ast::get_if<ast::Compare>(e); c && !c->rest.empty()) {
    const size_t last = c->rest.size() - 1;
    const ast::CmpRhs& final_rhs = c->rest[last];
    if (last == 0 && (final_rhs.op == ast::CmpOp::Is || final_rhs.op == ast::CmpOp::IsNot) &&
        is_none_constant(final_rhs.rhs)) {
      expr(c->first);
      bool jump_if_none = (final_rhs.op == ast::CmpOp::Is) == when_true;
      b().emit_jump(jump_if_none ? Op::POP_JUMP_IF_NONE : Op::POP_JUMP_IF_NOT_NONE, target);
      return;
    }
    expr(c->first);
    Label cleanup = b().new_label();
    for (size_t i = 0; i < last; ++i) {
      expr(c->rest[i].rhs);
      b().emit(Op::DUP_TOP);
      b().emit(Op::ROT_THREE);
      compare_op(c->rest[i].op);
      b().emit_jump(Op::POP_JUMP_IF_FALSE, cleanup);
    }
    expr(final_rhs.rhs);
    compare_op(final_rhs.op);
    b().emit_jump(when_true ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
    if (last > 0) {
      Label end = b().new_label();
      b().emit_jump(Op::JUMP_FORWARD, end);
      b().bind(cleanup);  // a middle comparison was false: [operand]
      b().emit(Op::POP_TOP);
      if (!when_true) b().emit_jump(Op::JUMP_FORWARD, target);
      b().bind(end);
    }
    return;
  }
  int truth = literal_truth(e);
  if (truth >= 0) {
    if ((truth == 1) == when_true) b().emit_jump(Op::JUMP_FORWARD, target);
    return;
  }
  expr(e);
  b().emit_jump(when_true ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
}

// f-strings: each text part is a constant, each field FORMAT_VALUE; BUILD_STRING joins them.
void Codegen::fstring(const ast::Str& s) {
  const FStringValue& value = ctx_.fstrings().get(ctx_, s);
  int n = fstring_parts(value.parts);
  if (n == 0) load_const(const_str(""));
  if (n > 1) b().emit(Op::BUILD_STRING, check_operand(static_cast<size_t>(n), "f-string parts"));
}

int Codegen::fstring_parts(const std::vector<FStringPart>& parts) {
  int count = 0;
  for (const FStringPart& p : parts) {
    ++count;
    if (!p.field) {
      load_const(const_str(p.literal));
      continue;
    }
    const FStringField& f = *p.field;
    const Position outer = b().position();
    expr(f.expr);
    uint32_t flags = static_cast<uint32_t>(f.conversion);
    if (f.has_spec) {
      int n = fstring_parts(f.spec);
      if (n == 0) load_const(const_str(""));
      if (n > 1) b().emit(Op::BUILD_STRING, static_cast<uint32_t>(n));
      flags |= 4;
    }
    b().set_position(outer);
    b().emit(Op::FORMAT_VALUE, flags);
  }
  return count;
}

}  // namespace gilt::compiler
