// try/except/else/finally, with, and the fblock stack that break/continue/return unwind.
//
// Exception model (opcodes.def): SETUP_* pushes {handler, stack level}; an exception pops the
// innermost block, truncates the value stack to its level, pushes the exception and jumps to
// the handler. Every shape below keeps the stack at or above the level of the innermost active
// block wherever an exception can arise (compute_stacksize checks it): a handler that re-raises
// first pops its cleanup block and restores the previous handled exception itself.
#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/codegen.hpp"
#include "interpreter/compiler/literals.hpp"
#include "runtime/errors.hpp"

namespace gilt::compiler {

// CPython's CO_MAXBLOCKS.
constexpr size_t kMaxStaticBlocks = 20;

void Codegen::push_fblock(FBlock block, const ast::Loc& loc) {
  if (unit_->fblocks.size() >= kMaxStaticBlocks)
    ctx_.syntax_error("too many statically nested blocks", loc);
  unit_->fblocks.push_back(std::move(block));
}

void Codegen::pop_fblock(FBlockKind kind) {
  if (unit_->fblocks.empty() || unit_->fblocks.back().kind != kind)
    raise(exc_SystemError, "compiler bug: unbalanced fblocks");
  unit_->fblocks.pop_back();
}

std::optional<FBlock> Codegen::unwind_fblocks(bool preserve_tos, bool stop_at_loop) {
  if (unit_->fblocks.empty()) return std::nullopt;
  FBlock top = unit_->fblocks.back();
  if (stop_at_loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop))
    return top;
  // The block is popped while its unwinding code (a finally body) is compiled, so a
  // return/break inside that code does not run it again.
  unit_->fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  std::optional<FBlock> loop = unwind_fblocks(preserve_tos, stop_at_loop);
  unit_->fblocks.push_back(top);
  return loop;
}

void Codegen::handler_name_cleanup(const std::string& name, const ast::Loc& loc) {
  // `except E as e:` ends with `e = None; del e` (the traceback would keep the frame alive).
  load_none();
  name_op(name, NameCtx::Store, loc);
  name_op(name, NameCtx::Del, loc);
}

void Codegen::unwind_fblock(const FBlock& block, bool preserve_tos) {
  switch (block.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
      break;
    case FBlockKind::ForLoop:  // [iter (v)]
      if (preserve_tos) b().emit(Op::ROT_TWO);
      b().emit(Op::POP_TOP);
      break;
    case FBlockKind::TryExcept:
      b().emit(Op::POP_BLOCK);
      break;
    case FBlockKind::FinallyTry:
      b().emit(Op::POP_BLOCK);
      if (preserve_tos)
        push_fblock(FBlock{FBlockKind::PopValue, {}, {}, nullptr, "", block.loc}, block.loc);
      stmts(*block.finalbody);
      if (preserve_tos) pop_fblock(FBlockKind::PopValue);
      break;
    case FBlockKind::FinallyEnd:
    case FBlockKind::HandlerCleanup:  // [prev exc (v)]
      if (block.kind == FBlockKind::HandlerCleanup && !block.handler_name.empty())
        b().emit(Op::POP_BLOCK);
      b().emit(Op::POP_BLOCK);
      if (preserve_tos) {
        b().emit(Op::ROT_TWO);  // [prev v exc]
        b().emit(Op::POP_TOP);
        b().emit(Op::ROT_TWO);  // [v prev]
      } else {
        b().emit(Op::POP_TOP);
      }
      b().emit(Op::POP_EXCEPT);
      if (block.kind == FBlockKind::HandlerCleanup && !block.handler_name.empty())
        handler_name_cleanup(block.handler_name, block.loc);
      break;
    case FBlockKind::With: {  // [bound_exit (enter_result) (v)]
      PositionScope pos(*this, block.loc);
      b().emit(Op::POP_BLOCK);
      if (block.keeps_value) {
        if (preserve_tos) b().emit(Op::ROT_TWO);
        b().emit(Op::POP_TOP);
      }
      if (preserve_tos) b().emit(Op::ROT_TWO);
      b().emit(Op::WITH_EXIT);
      break;
    }
    case FBlockKind::PopValue:  // [value (v)]
      if (preserve_tos) b().emit(Op::ROT_TWO);
      b().emit(Op::POP_TOP);
      break;
  }
}

void Codegen::on(const ast::Try& s) {
  if (!s.finalbody.empty()) {
    try_finally(s);
  } else {
    try_except(s);
  }
}

//     SETUP_FINALLY h; body; POP_BLOCK; else-body; JUMP end
// h:  [exc] PUSH_EXC_INFO [prev exc]; SETUP_CLEANUP c
//     for each clause: <type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next      [prev exc]
//         (as e: DUP_TOP; STORE e; SETUP_CLEANUP ce)
//         body; POP_BLOCK(s); POP_TOP; POP_EXCEPT; (e = None; del e); JUMP end
//     ce: [prev exc new] e = None; del e; RERAISE        -> new reaches c with [prev exc]
//     next: ...
//     no clause matched: POP_BLOCK; ROT_TWO [exc prev]; POP_EXCEPT [exc]; RERAISE
// c:  [prev exc new] POP_EXCEPT_AND_RERAISE
void Codegen::try_except(const ast::Try& s) {
  Label handlers = b().new_label(), cleanup = b().new_label(), end = b().new_label();
  b().emit_jump(Op::SETUP_FINALLY, handlers);
  push_fblock(FBlock{FBlockKind::TryExcept, {}, {}, nullptr, "", s}, s);
  stmts(s.body);
  pop_fblock(FBlockKind::TryExcept);
  b().emit(Op::POP_BLOCK);
  stmts(s.orelse);
  b().emit_jump(Op::JUMP_FORWARD, end);

  b().bind(handlers);
  b().emit(Op::PUSH_EXC_INFO);
  b().emit_jump(Op::SETUP_CLEANUP, cleanup);
  push_fblock(FBlock{FBlockKind::ExceptionHandler, {}, {}, nullptr, "", s}, s);
  for (const ast::ExceptHandler& h : s.handlers) {
    PositionScope pos(*this, h);
    Label next = b().new_label();
    if (h.type) {
      expr(*h.type);
      b().emit(Op::CHECK_EXC_MATCH);
      b().emit_jump(Op::POP_JUMP_IF_FALSE, next);
    }
    if (!h.name.empty()) {
      Label name_cleanup = b().new_label();
      b().emit(Op::DUP_TOP);
      name_op(h.name, NameCtx::Store, h);
      b().emit_jump(Op::SETUP_CLEANUP, name_cleanup);
      push_fblock(FBlock{FBlockKind::HandlerCleanup, {}, {}, nullptr, h.name, h}, h);
      stmts(h.body);
      pop_fblock(FBlockKind::HandlerCleanup);
      b().emit(Op::POP_BLOCK);
      b().emit(Op::POP_BLOCK);
      b().emit(Op::POP_TOP);
      b().emit(Op::POP_EXCEPT);
      handler_name_cleanup(h.name, h);
      b().emit_jump(Op::JUMP_FORWARD, end);
      b().bind(name_cleanup);  // [prev exc new]
      handler_name_cleanup(h.name, h);
      b().emit(Op::RERAISE);
    } else {
      push_fblock(FBlock{FBlockKind::HandlerCleanup, {}, {}, nullptr, "", h}, h);
      stmts(h.body);
      pop_fblock(FBlockKind::HandlerCleanup);
      b().emit(Op::POP_BLOCK);
      b().emit(Op::POP_TOP);
      b().emit(Op::POP_EXCEPT);
      b().emit_jump(Op::JUMP_FORWARD, end);
    }
    b().bind(next);
  }
  pop_fblock(FBlockKind::ExceptionHandler);
  b().emit(Op::POP_BLOCK);
  b().emit(Op::ROT_TWO);
  b().emit(Op::POP_EXCEPT);
  b().emit(Op::RERAISE);

  b().bind(cleanup);
  b().emit(Op::POP_EXCEPT_AND_RERAISE);
  b().bind(end);
}

//     SETUP_FINALLY f; body (or try/except); POP_BLOCK; finally-body; JUMP end
// f:  [exc] PUSH_EXC_INFO [prev exc]; SETUP_CLEANUP c; finally-body
//     POP_BLOCK; ROT_TWO [exc prev]; POP_EXCEPT [exc]; RERAISE
// c:  [prev exc new] POP_EXCEPT_AND_RERAISE
void Codegen::try_finally(const ast::Try& s) {
  Label final_handler = b().new_label(), cleanup = b().new_label(), end = b().new_label();
  b().emit_jump(Op::SETUP_FINALLY, final_handler);
  push_fblock(FBlock{FBlockKind::FinallyTry, {}, {}, &s.finalbody, "", s}, s);
  if (s.handlers.empty()) {
    stmts(s.body);
  } else {
    try_except(s);
  }
  pop_fblock(FBlockKind::FinallyTry);
  b().emit(Op::POP_BLOCK);
  stmts(s.finalbody);
  b().emit_jump(Op::JUMP_FORWARD, end);

  b().bind(final_handler);
  b().emit(Op::PUSH_EXC_INFO);
  b().emit_jump(Op::SETUP_CLEANUP, cleanup);
  push_fblock(FBlock{FBlockKind::FinallyEnd, {}, {}, nullptr, "", s}, s);
  stmts(s.finalbody);
  pop_fblock(FBlockKind::FinallyEnd);
  b().emit(Op::POP_BLOCK);
  b().emit(Op::ROT_TWO);
  b().emit(Op::POP_EXCEPT);
  b().emit(Op::RERAISE);

  b().bind(cleanup);
  b().emit(Op::POP_EXCEPT_AND_RERAISE);
  b().bind(end);
}

void Codegen::on(const ast::With& s) {
  with_items(s, 0);
}

// SETUP_WITH records the stack level as SETUP_FINALLY does, so the level it records must be
// the one the body runs at. Without a target, or with a plain name (whose store cannot fail),
// __enter__'s result is consumed first:
//     <mgr>; BEFORE_WITH [exit value]; <POP_TOP | STORE name>; SETUP_WITH h [exit]
// Any other target may raise while it is stored, and __exit__ must see that exception, so the
// block is set up first and the value stays under the body until the with ends:
//     <mgr>; BEFORE_WITH; SETUP_WITH h [exit value]; DUP_TOP; <store>
// Then: body (or the next item); POP_BLOCK; (POP_TOP value); WITH_EXIT; JUMP end
// h:  [exit (value) exc] (ROT_TWO; POP_TOP) [exit exc]; PUSH_EXC_INFO [exit prev exc]
//     SETUP_CLEANUP c; WITH_EXCEPT_START [exit prev exc res]; POP_JUMP_IF_TRUE suppress
//     POP_BLOCK; ROT_TWO; POP_EXCEPT; RERAISE                  (exit stays; the unwinder drops it)
// suppress: POP_BLOCK; POP_TOP; POP_EXCEPT; POP_TOP; JUMP end
// c:  [exit prev exc new] POP_EXCEPT_AND_RERAISE
void Codegen::with_items(const ast::With& s, size_t index) {
  const ast::WithItem& item = s.items[index];
  Label handler = b().new_label(), suppress = b().new_label(), cleanup = b().new_label(),
        end = b().new_label();
  const bool keeps_value = item.vars && !ast::get_if<ast::Name>(*item.vars);
  {
    PositionScope pos(*this, item);
    expr(item.context);
    b().emit(Op::BEFORE_WITH);
    if (!keeps_value) {
      if (item.vars) {
        store(*item.vars);
      } else {
        b().emit(Op::POP_TOP);
      }
    }
    b().emit_jump(Op::SETUP_WITH, handler);
  }
  FBlock block{FBlockKind::With, {}, {}, nullptr, "", s};
  block.keeps_value = keeps_value;
  push_fblock(block, s);
  if (keeps_value) {
    b().emit(Op::DUP_TOP);
    store(*item.vars);
  }
  if (index + 1 < s.items.size()) {
    with_items(s, index + 1);
  } else {
    stmts(s.body);
  }
  pop_fblock(FBlockKind::With);
  PositionScope pos(*this, s);
  b().emit(Op::POP_BLOCK);
  if (keeps_value) b().emit(Op::POP_TOP);
  b().emit(Op::WITH_EXIT);
  b().emit_jump(Op::JUMP_FORWARD, end);

  b().bind(handler);
  if (keeps_value) {
    b().emit(Op::ROT_TWO);
    b().emit(Op::POP_TOP);
  }
  b().emit(Op::PUSH_EXC_INFO);
  b().emit_jump(Op::SETUP_CLEANUP, cleanup);
  b().emit(Op::WITH_EXCEPT_START);
  b().emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
  b().emit(Op::POP_BLOCK);
  b().emit(Op::ROT_TWO);
  b().emit(Op::POP_EXCEPT);
  b().emit(Op::RERAISE);
  b().bind(suppress);
  b().emit(Op::POP_BLOCK);
  b().emit(Op::POP_TOP);
  b().emit(Op::POP_EXCEPT);
  b().emit(Op::POP_TOP);
  b().emit_jump(Op::JUMP_FORWARD, end);

  b().bind(cleanup);
  b().emit(Op::POP_EXCEPT_AND_RERAISE);
  b().bind(end);
}

}  // namespace gilt::compiler
