// The flat arithmetic chain `a + b * c - d` (ast::BinChain) folded with a Lua-style priority
// table: each operator has a {left, right} priority; an operator waiting on the stack is
// emitted once the next operator does not bind tighter than its right priority. All these
// operators are left-associative (left == right); `**` is a separate node (Power) because it is
// right-associative and binds tighter than a unary minus on its left.
#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/codegen.hpp"

namespace gilt::compiler {

namespace {

struct Priority {
  int left, right;
};

// Python's precedence, lowest first: | ^ & (<< >>) (+ -) (* @ / // %).
Priority priority(ast::BinOp op) {
  switch (op) {
    case ast::BinOp::BitOr:
      return {1, 1};
    case ast::BinOp::BitXor:
      return {2, 2};
    case ast::BinOp::BitAnd:
      return {3, 3};
    case ast::BinOp::LShift:
    case ast::BinOp::RShift:
      return {4, 4};
    case ast::BinOp::Add:
    case ast::BinOp::Sub:
      return {5, 5};
    case ast::BinOp::Mult:
    case ast::BinOp::MatMult:
    case ast::BinOp::Div:
    case ast::BinOp::FloorDiv:
    case ast::BinOp::Mod:
      return {6, 6};
    case ast::BinOp::Pow:
      return {8, 7};  // only in Power nodes; listed for completeness
  }
  return {0, 0};
}

}  // namespace

// Operands are emitted left to right as they come; operators wait on `pending` until an
// operator of lower or equal priority (or the end) shows their right operand is complete.
// `spans` tracks the source span of each value the emitted code leaves on the stack, so each
// BINARY_OP gets the span of its two operands, as CPython's BinOp node has.
void Codegen::bin_chain(const ast::BinChain& n) {
  std::vector<ast::BinOp> pending;
  std::vector<ast::Loc> spans;
  auto reduce = [&] {
    ast::BinOp op = pending.back();
    pending.pop_back();
    ast::Loc right = spans.back();
    spans.pop_back();
    spans.back() = span(spans.back(), right);
    PositionScope pos(*this, spans.back());
    b().emit(Op::BINARY_OP, static_cast<uint32_t>(to_binop(op, false)));
  };
  expr(n.first);
  spans.push_back(ast::loc_of(n.first));
  for (const ast::BinRhs& r : n.rest) {
    while (!pending.empty() && priority(pending.back()).right >= priority(r.op).left)
      reduce();
    pending.push_back(r.op);
    expr(r.rhs);
    spans.push_back(ast::loc_of(r.rhs));
  }
  while (!pending.empty())
    reduce();
}

}  // namespace gilt::compiler
