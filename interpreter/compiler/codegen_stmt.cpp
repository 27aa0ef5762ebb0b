// Statements: expression statements, control flow (if/while/for/break/continue/return),
// raise/assert, imports, global/nonlocal.
#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/codegen.hpp"
#include "interpreter/compiler/literals.hpp"
#include "runtime/errors.hpp"

namespace gilt::compiler {

void Codegen::stmts(const std::vector<ast::Stmt>& body) {
  for (const ast::Stmt& s : body)
    stmt(s);
}

void Codegen::stmt(const ast::Stmt& s) {
  DepthGuard guard(ctx_);
  PositionScope pos(*this, ast::loc_of(s));
  visit_node(s, [this](const auto& n) { this->on(n); });
}

void Codegen::on(const ast::SimpleStmt& s) {
  switch (s.kind) {
    case ast::SimpleKind::Pass:
      break;
    case ast::SimpleKind::Break: {
      std::optional<FBlock> loop = unwind_fblocks(false, true);
      if (!loop) ctx_.syntax_error("'break' outside loop", s);
      unwind_fblock(*loop, false);
      b().emit_jump(Op::JUMP_FORWARD, loop->exit);
      break;
    }
    case ast::SimpleKind::Continue: {
      std::optional<FBlock> loop = unwind_fblocks(false, true);
      if (!loop) ctx_.syntax_error("'continue' not properly in loop", s);
      b().emit_jump(Op::JUMP_BACKWARD, loop->start);
      break;
    }
  }
}

void Codegen::on(const ast::ExprStmt& s) {
  // The REPL prints the value of a top-level expression statement.
  if (mode_ == CompileMode::Single && unit_->unit_depth == 1) {
    expr(s.value);
    b().emit(Op::PRINT_EXPR);
    return;
  }
  if (is_literal(s.value)) return;  // a docstring-like constant has no effect
  expr(s.value);
  b().emit(Op::POP_TOP);
}

void Codegen::on(const ast::Return& s) {
  if (unit_->scope->kind != ScopeKind::Function) ctx_.syntax_error("'return' outside function", s);
  Const constant;
  const bool is_const = s.value && try_const(*s.value, &constant);
  const bool preserve = s.value && !is_const;
  if (preserve) expr(*s.value);
  unwind_fblocks(preserve, false);
  if (!s.value) {
    load_none();
  } else if (is_const) {
    load_const(constant);
  }
  b().emit(Op::RETURN_VALUE);
}

void Codegen::on(const ast::Raise& s) {
  uint32_t n = 0;
  if (s.exc) {
    expr(*s.exc);
    ++n;
    if (s.cause) {
      expr(*s.cause);
      ++n;
    }
  }
  b().emit(Op::RAISE_VARARGS, n);
}

void Codegen::on(const ast::Global&) {}
void Codegen::on(const ast::Nonlocal&) {}

// `assert test, msg`: raise AssertionError(msg) unless test is true (there is no -O).
void Codegen::on(const ast::Assert& s) {
  Label end = b().new_label();
  jump_if(s.test, end, true);
  b().emit(Op::LOAD_ASSERTION_ERROR);
  if (s.msg) {
    expr(*s.msg);
    b().emit(Op::CALL, 0);  // [AssertionError msg]: called as "method + self"
  }
  b().emit(Op::RAISE_VARARGS, 1);
  b().bind(end);
}

// `import a.b as c` binds the submodule: IMPORT_NAME gives the top package `a`, then one
// IMPORT_FROM per further component walks down to `b`.
void Codegen::import_as(const std::string& dotted, const std::string& asname, const ast::Loc& loc) {
  size_t dot = dotted.find('.');
  if (dot == std::string::npos) {
    name_op(asname, NameCtx::Store, loc);
    return;
  }
  size_t pos = dot + 1;
  while (true) {
    dot = dotted.find('.', pos);
    std::string attr = dotted.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
    b().emit(Op::IMPORT_FROM, name_index(attr));
    if (dot == std::string::npos) break;
    b().emit(Op::ROT_TWO);
    b().emit(Op::POP_TOP);
    pos = dot + 1;
  }
  name_op(asname, NameCtx::Store, loc);
  b().emit(Op::POP_TOP);
}

void Codegen::on(const ast::Import& s) {
  for (const ast::Alias& a : s.names) {
    PositionScope pos(*this, a);
    load_const(const_int(Value::integer(0)));
    load_none();
    b().emit(Op::IMPORT_NAME, name_index(a.name));
    if (!a.asname.empty()) {
      check_forbidden(a.asname, s, NameCtx::Store);
      import_as(a.name, a.asname, s);
    } else {
      std::string first = a.name.substr(0, a.name.find('.'));
      check_forbidden(first, s, NameCtx::Store);
      name_op(first, NameCtx::Store, s);
    }
  }
}

// CPython's future.c checks: known features only, and only at the top of the module.
void Codegen::check_future(const ast::ImportFrom& s) {
  if (s.module != "__future__" || s.level != 0) return;
  if (std::find(future_imports_.begin(), future_imports_.end(), &s) == future_imports_.end())
    ctx_.syntax_error("from __future__ imports must occur at the beginning of the file", s);
  static const char* const kFeatures[] = {
      "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
      "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations"};
  for (const ast::Alias& a : s.names) {
    bool known = false;
    for (const char* f : kFeatures)
      known = known || a.name == f;
    // CPython reports these at the statement's start.
    ast::Loc at = s;
    at.end_line = s.line;
    at.end_col = s.col;
    if (a.name == "braces") ctx_.syntax_error("not a chance", at);
    if (!known) ctx_.syntax_error("future feature " + a.name + " is not defined", at);
  }
}

void Codegen::on(const ast::ImportFrom& s) {
  check_future(s);
  load_const(const_int(Value::integer(s.level)));
  std::vector<Const> names;
  for (const ast::Alias& a : s.names)
    names.push_back(const_str(a.name));
  load_const(const_tuple(names));
  b().emit(Op::IMPORT_NAME, name_index(s.module));
  if (s.names.size() == 1 && s.names.front().name == "*") {
    b().emit(Op::IMPORT_STAR);
    return;
  }
  for (const ast::Alias& a : s.names) {
    PositionScope pos(*this, a);
    const std::string& store_as = a.asname.empty() ? a.name : a.asname;
    check_forbidden(store_as, s, NameCtx::Store);
    b().emit(Op::IMPORT_FROM, name_index(a.name));
    name_op(store_as, NameCtx::Store, s);
  }
  b().emit(Op::POP_TOP);
}

void Codegen::on(const ast::If& s) {
  Label orelse = b().new_label(), end = b().new_label();
  jump_if(s.test, s.orelse.empty() ? end : orelse, false);
  stmts(s.body);
  if (!s.orelse.empty()) {
    b().emit_jump(Op::JUMP_FORWARD, end);
    b().bind(orelse);
    stmts(s.orelse);
  }
  b().bind(end);
}

// top: test → exit; body; JUMP_BACKWARD top. `while True` has no test at all.
void Codegen::on(const ast::While& s) {
  Label top = b().new_label(), orelse = b().new_label(), end = b().new_label();
  b().bind(top);
  push_fblock(FBlock{FBlockKind::WhileLoop, top, end, nullptr, "", s}, s);
  jump_if(s.test, orelse, false);
  stmts(s.body);
  b().emit_jump(Op::JUMP_BACKWARD, top);
  pop_fblock(FBlockKind::WhileLoop);
  b().bind(orelse);
  stmts(s.orelse);
  b().bind(end);
}

// [iterator] top: FOR_ITER exhausted; store; body; JUMP_BACKWARD top. FOR_ITER pops the
// iterator when it jumps, so `else` and the code after run without it.
void Codegen::on(const ast::For& s) {
  expr(s.iter);
  b().emit(Op::GET_ITER);
  Label top = b().new_label(), exhausted = b().new_label(), end = b().new_label();
  b().bind(top);
  push_fblock(FBlock{FBlockKind::ForLoop, top, end, nullptr, "", s}, s);
  b().emit_jump(Op::FOR_ITER, exhausted);
  store(s.target);
  stmts(s.body);
  b().emit_jump(Op::JUMP_BACKWARD, top);
  pop_fblock(FBlockKind::ForLoop);
  b().bind(exhausted);
  stmts(s.orelse);
  b().bind(end);
}

}  // namespace gilt::compiler
