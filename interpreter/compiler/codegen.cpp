// The code generator's driver: units (one per code object), name resolution into
// LOAD_FAST/LOAD_DEREF/LOAD_GLOBAL/LOAD_NAME and friends, module and expression entry points.
#include "interpreter/compiler/codegen.hpp"

#include <algorithm>

#include "interpreter/compiler/assemble.hpp"
#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/literals.hpp"
#include "runtime/errors.hpp"
#include "runtime/str.hpp"

namespace gilt::compiler {

PositionScope::PositionScope(Codegen& g, const ast::Loc& loc)
    : b_(g.b()), saved_(g.b().position()) {
  if (loc.line > 0) b_.set_position(to_position(loc));
}

PositionScope::~PositionScope() {
  b_.set_position(saved_);
}

int Unit::varname(const std::string& name) {
  auto [it, inserted] = varname_index.try_emplace(name, static_cast<int>(varnames.size()));
  if (inserted) varnames.push_back(name);
  return it->second;
}

int Unit::cell(const std::string& name) const {
  if (auto it = cellvar_index.find(name); it != cellvar_index.end()) return it->second;
  if (auto it = freevar_index.find(name); it != freevar_index.end())
    return static_cast<int>(cellvars.size()) + it->second;
  raise(exc_SystemError, cat("compiler bug: no cell for '", name, "'"));
}

Codegen::Codegen(CompileContext& ctx, SymbolTable& table, CompileMode mode)
    : ctx_(ctx), table_(table), mode_(mode) {}

Codegen::~Codegen() = default;

void Codegen::enter_unit(Scope* scope, std::string name, int firstlineno) {
  auto u = std::make_unique<Unit>();
  u->scope = scope;
  u->name = std::move(name);
  u->firstlineno = firstlineno;
  u->unit_depth = unit_ ? unit_->unit_depth + 1 : 1;

  // The qualified name, as CPython's compiler_set_qualname.
  u->qualname = u->name;
  if (unit_ && unit_->scope->kind != ScopeKind::Module) {
    bool force_global = false;
    if (scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Class) {
      std::string mangled = mangle(unit_->scope->private_name, u->name);
      force_global = unit_->scope->scope_of(mangled) == NameScope::GlobalExplicit;
    }
    if (!force_global) {
      std::string base = unit_->qualname;
      if (unit_->scope->kind == ScopeKind::Function) base += ".<locals>";
      u->qualname = base + "." + u->name;
    }
  }

  // Slots: parameters first, then the other fast locals in first-seen order.
  if (scope->is_function_like()) {
    for (const std::string& p : scope->params)
      u->varname(p);
    for (const std::string& n : scope->symbol_order)
      if (scope->symbols.at(n).scope == NameScope::Local) u->varname(n);
  }
  if (scope->kind == ScopeKind::Class && scope->needs_class_closure)
    u->cellvars.push_back("__class__");
  std::vector<std::string> cells, frees;
  for (const auto& [n, sym] : scope->symbols) {
    if (sym.scope == NameScope::Cell) cells.push_back(n);
    if (sym.scope == NameScope::Free ||
        (scope->kind == ScopeKind::Class && (sym.flags & kDefFreeClass)))
      frees.push_back(n);
  }
  std::sort(cells.begin(), cells.end());
  std::sort(frees.begin(), frees.end());
  u->cellvars.insert(u->cellvars.end(), cells.begin(), cells.end());
  u->freevars = frees;
  for (size_t i = 0; i < u->cellvars.size(); ++i)
    u->cellvar_index[u->cellvars[i]] = static_cast<int>(i);
  for (size_t i = 0; i < u->freevars.size(); ++i)
    u->freevar_index[u->freevars[i]] = static_cast<int>(i);

  if (scope->is_function_like()) {
    u->flags |= kCodeOptimized | kCodeNewLocals;
    if (scope->nested) u->flags |= kCodeNested;
    if (scope->generator) u->flags |= kCodeGenerator;
  }
  ast::Loc first;
  first.line = first.end_line = firstlineno;
  u->b.set_position(to_position(first));
  units_.push_back(std::move(u));
  unit_ = units_.back().get();
}

Ref<CodeObject> Codegen::leave_unit() {
  Unit& u = *unit_;
  Assembled a = assemble(u.b);
  Ref<CodeObject> code = make<CodeObject>();
  code->code = std::move(a.code);
  code->positions = std::move(a.positions);
  code->stacksize = a.stacksize;
  code->consts = u.b.take_consts();
  for (const std::string& n : u.b.names())
    code->names.emplace_back(intern(n));
  for (const std::string& n : u.varnames)
    code->varnames.emplace_back(intern(n));
  for (const std::string& n : u.cellvars) {
    code->cellvars.emplace_back(intern(n));
    auto it = u.varname_index.find(n);
    bool is_param =
        it != u.varname_index.end() && it->second < static_cast<int>(u.scope->params.size());
    code->cell2arg.push_back(is_param ? it->second : -1);
  }
  for (const std::string& n : u.freevars)
    code->freevars.emplace_back(intern(n));
  code->argcount = u.argcount;
  code->posonlyargcount = u.posonlyargcount;
  code->kwonlyargcount = u.kwonlyargcount;
  code->firstlineno = u.firstlineno;
  code->flags = u.flags;
  code->name = new_str(u.name);
  code->qualname = new_str(u.qualname);
  code->filename = new_str(ctx_.filename());
  units_.pop_back();
  unit_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

void Codegen::load_const(const Const& c) {
  b().emit(Op::LOAD_CONST, static_cast<uint32_t>(b().add_const(c)));
}

void Codegen::load_none() {
  load_const(const_none());
}

uint32_t Codegen::name_index(const std::string& name) {
  return static_cast<uint32_t>(b().add_name(mangle(unit_->scope->private_name, name)));
}

void Codegen::check_forbidden(const std::string& name, const ast::Loc& loc, NameCtx ctx) {
  if (name != "__debug__") return;
  if (ctx == NameCtx::Store) ctx_.syntax_error("cannot assign to __debug__", loc);
  if (ctx == NameCtx::Del) ctx_.syntax_error("cannot delete __debug__", loc);
}

void Codegen::name_op(const std::string& name, NameCtx ctx, const ast::Loc& loc) {
  check_forbidden(name, loc, ctx);
  if (ctx == NameCtx::Load && name == "__debug__") {
    load_const(const_bool(true));  // there is no -O
    return;
  }
  const std::string mangled = mangle(unit_->scope->private_name, name);
  const bool fast_scope = unit_->is_function_like();
  enum class Kind { Fast, Deref, Global, Name } kind = Kind::Name;
  switch (unit_->scope->scope_of(mangled)) {
    case NameScope::Free:
    case NameScope::Cell:
      kind = Kind::Deref;
      break;
    case NameScope::Local:
      kind = fast_scope ? Kind::Fast : Kind::Name;
      break;
    case NameScope::GlobalImplicit:
      kind = fast_scope ? Kind::Global : Kind::Name;
      break;
    case NameScope::GlobalExplicit:
      kind = Kind::Global;
      break;
    case NameScope::Unknown:
      kind = fast_scope ? Kind::Global : Kind::Name;
      break;
  }
  static constexpr Op kOps[4][3] = {
      {Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST},
      {Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF},
      {Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL},
      {Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME},
  };
  Op op = kOps[static_cast<int>(kind)][static_cast<int>(ctx)];
  uint32_t arg = 0;
  switch (kind) {
    case Kind::Fast:
      arg = static_cast<uint32_t>(unit_->varname(mangled));
      break;
    case Kind::Deref:
      arg = static_cast<uint32_t>(unit_->cell(mangled));
      if (op == Op::LOAD_DEREF && unit_->is_class()) op = Op::LOAD_CLASSDEREF;
      break;
    case Kind::Global:
    case Kind::Name:
      arg = static_cast<uint32_t>(b().add_name(mangled));
      break;
  }
  b().emit(op, arg);
}

const ast::Str* Codegen::docstring(const std::vector<ast::Stmt>& body) {
  if (body.empty()) return nullptr;
  auto* s = ast::get_if<ast::ExprStmt>(body.front());
  if (!s) return nullptr;
  auto* str = ast::get_if<ast::Str>(s->value);
  if (!str || is_fstring(*str) || str->pieces.front().bytes) return nullptr;
  return str;
}

bool Codegen::has_annotations(const std::vector<ast::Stmt>& body) {
  for (const ast::Stmt& s : body) {
    if (ast::get_if<ast::AnnAssign>(s)) return true;
    if (auto* n = ast::get_if<ast::If>(s)) {
      if (has_annotations(n->body) || has_annotations(n->orelse)) return true;
    } else if (auto* w = ast::get_if<ast::While>(s)) {
      if (has_annotations(w->body) || has_annotations(w->orelse)) return true;
    } else if (auto* f = ast::get_if<ast::For>(s)) {
      if (has_annotations(f->body) || has_annotations(f->orelse)) return true;
    } else if (auto* w = ast::get_if<ast::With>(s)) {
      if (has_annotations(w->body)) return true;
    } else if (auto* t = ast::get_if<ast::Try>(s)) {
      if (has_annotations(t->body) || has_annotations(t->orelse) || has_annotations(t->finalbody))
        return true;
      for (const ast::ExceptHandler& h : t->handlers)
        if (has_annotations(h.body)) return true;
    }
  }
  return false;
}

void Codegen::body_with_docstring(const std::vector<ast::Stmt>& body, bool store_doc) {
  size_t first = 0;
  if (const ast::Str* doc = store_doc ? docstring(body) : nullptr) {
    PositionScope pos(*this, *doc);
    load_const(string_const(*doc));
    name_op("__doc__", NameCtx::Store, *doc);
    first = 1;
  }
  for (size_t i = first; i < body.size(); ++i)
    stmt(body[i]);
}

Ref<CodeObject> Codegen::module(const ast::Module& m) {
  enter_unit(table_.top(), "<module>", 1);
  for (size_t i = docstring(m.body) ? 1 : 0; i < m.body.size(); ++i) {
    auto* f = ast::get_if<ast::ImportFrom>(m.body[i]);
    if (!f || f->module != "__future__" || f->level != 0) break;
    future_imports_.push_back(f);
  }
  if (has_annotations(m.body)) b().emit(Op::SETUP_ANNOTATIONS);
  body_with_docstring(m.body, mode_ == CompileMode::Exec);
  if (!m.body.empty()) b().set_position(to_position(ast::loc_of(m.body.back())));
  load_none();
  b().emit(Op::RETURN_VALUE);
  return leave_unit();
}

Ref<CodeObject> Codegen::expression(const ast::Expr& e) {
  enter_unit(table_.top(), "<module>", 1);
  expr(e);
  b().emit(Op::RETURN_VALUE);
  return leave_unit();
}

}  // namespace gilt::compiler
