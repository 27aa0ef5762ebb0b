// Building the symbol table: one walk over the AST that records, per scope, how each name is
// used. The analysis that resolves the scopes is in symtable_analyze.cpp.
#include "interpreter/compiler/symtable.hpp"

#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/ast_walker.hpp"
#include "interpreter/compiler/context.hpp"
#include "interpreter/compiler/fstring.hpp"
#include "runtime/errors.hpp"

namespace gilt::compiler {

std::string mangle(const std::string& private_name, const std::string& name) {
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 2 && name.compare(name.size() - 2, 2, "__") == 0) return name;
  if (name.find('.') != std::string::npos) return name;
  size_t strip = private_name.find_first_not_of('_');
  if (strip == std::string::npos) return name;  // the class name is all underscores
  return "_" + private_name.substr(strip) + name;
}

NameScope Scope::scope_of(const std::string& mangled) const {
  auto it = symbols.find(mangled);
  return it == symbols.end() ? NameScope::Unknown : it->second.scope;
}

uint32_t Scope::flags_of(const std::string& mangled) const {
  auto it = symbols.find(mangled);
  return it == symbols.end() ? 0 : it->second.flags;
}

Scope* SymbolTable::scope_for(const void* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

Scope* SymbolTable::new_scope(ScopeKind kind, std::string name, const void* node, Scope* parent,
                              const ast::Loc& loc) {
  scopes_.push_back(std::make_unique<Scope>());
  Scope* s = scopes_.back().get();
  s->kind = kind;
  s->name = std::move(name);
  s->parent = parent;
  s->loc = loc;
  if (parent) {
    parent->children.push_back(s);
    s->nested = parent->nested || parent->is_function_like();
    s->private_name = parent->private_name;
  } else {
    top_ = s;
  }
  if (node) by_node_[node] = s;
  return s;
}

namespace {

const char* comprehension_scope_name(ast::CompKind kind) {
  switch (kind) {
    case ast::CompKind::List:
      return "listcomp";
    case ast::CompKind::Set:
      return "setcomp";
    case ast::CompKind::Dict:
      return "dictcomp";
    case ast::CompKind::Generator:
      return "genexpr";
  }
  return "listcomp";
}

class Builder : public AstWalker<Builder> {
 public:
  Builder(CompileContext& ctx, SymbolTable& table) : AstWalker(ctx), table_(table) {}

  void module(const ast::Module& m) {
    cur_ = table_.new_scope(ScopeKind::Module, "top", &m, nullptr, ast::Loc{});
    stmts(m.body);
  }
  void expression(const ast::Expr& e) {
    cur_ = table_.new_scope(ScopeKind::Module, "top", &e, nullptr, ast::Loc{});
    expr(e);
  }

 private:
  friend class AstWalker<Builder>;
  using AstWalker::on;

  // CPython's symtable_add_def_helper.
  void add_def(const std::string& name, uint32_t flag, const ast::Loc& loc,
               Scope* scope = nullptr) {
    if (!scope) scope = cur_;
    std::string mangled = mangle(cur_->private_name, name);
    auto [it, inserted] = scope->symbols.try_emplace(mangled);
    if (inserted) scope->symbol_order.push_back(mangled);
    Symbol& sym = it->second;
    if ((flag & kDefParam) && (sym.flags & kDefParam))
      ctx_.syntax_error(cat("duplicate argument '", name, "' in function definition"), loc);
    sym.flags |= flag;
    if (flag & kDefParam) scope->params.push_back(mangled);
    if (flag & kDefGlobal) {
      // A global declaration anywhere makes the name explicitly global in the module too.
      Scope* top = table_.top();
      auto [git, ginserted] = top->symbols.try_emplace(mangled);
      if (ginserted) top->symbol_order.push_back(mangled);
      git->second.flags |= flag;
    }
  }

  Scope* enter(ScopeKind kind, std::string name, const void* node, const ast::Loc& loc) {
    Scope* s = table_.new_scope(kind, std::move(name), node, cur_, loc);
    cur_ = s;
    return s;
  }
  void leave() { cur_ = cur_->parent; }

  // Binds the names of an assignment/for/with/del target.
  void target(const ast::Expr& e) {
    if (auto* n = ast::get_if<ast::Name>(e)) {
      uint32_t flag = kDefLocal;
      if (cur_->comp_iter_target) flag |= kDefCompIter;
      add_def(n->id, flag, *n);
    } else if (auto* st = ast::get_if<ast::Starred>(e)) {
      target(st->value);
    } else if (auto* d = ast::get_if<ast::Display>(e); d && d->kind != ast::DisplayKind::Set) {
      for (const ast::Expr& elt : d->elts)
        target(elt);
    } else {
      expr(e);  // attribute/subscript targets evaluate their parts
    }
  }

  // --- statements ---
  void on(const ast::Assign& s) {
    for (const ast::Expr& t : s.targets)
      target(t);
    expr(s.value);
  }
  void on(const ast::AugAssign& s) {
    target(s.target);
    expr(s.value);
  }
  void on(const ast::AnnAssign& s) {
    if (auto* n = ast::get_if<ast::Name>(s.target)) {
      uint32_t cur = cur_->flags_of(mangle(cur_->private_name, n->id));
      if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != table_.top() && s.simple) {
        ctx_.syntax_error(cat("annotated name '", n->id, "' can't be ",
                              (cur & kDefGlobal) ? "global" : "nonlocal"),
                          s);
      }
      if (s.simple) {
        add_def(n->id, kDefAnnot | kDefLocal, *n);
      } else if (s.value) {
        add_def(n->id, kDefLocal, *n);
      }
    } else {
      target(s.target);
    }
    expr(s.annotation);
    opt(s.value);
  }
  void on(const ast::Global& s) { declare(s, s.names, kDefGlobal); }
  void on(const ast::Nonlocal& s) { declare(s, s.names, kDefNonlocal); }
  void on(const ast::Del& s) {
    for (const ast::Expr& t : s.targets)
      target(t);
  }
  void on(const ast::Import& s) {
    for (const ast::Alias& a : s.names) {
      std::string store = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
      add_def(store, kDefImport, a);
    }
  }
  void on(const ast::ImportFrom& s) {
    for (const ast::Alias& a : s.names) {
      if (a.name == "*") {
        if (cur_->kind != ScopeKind::Module)
          ctx_.syntax_error("import * only allowed at module level", a);
        continue;
      }
      add_def(a.asname.empty() ? a.name : a.asname, kDefImport, a);
    }
  }
  void on(const ast::For& s) {
    target(s.target);
    expr(s.iter);
    stmts(s.body);
    stmts(s.orelse);
  }
  void on(const ast::Try& s) {
    stmts(s.body);
    for (const ast::ExceptHandler& h : s.handlers) {
      opt(h.type);
      if (!h.name.empty()) add_def(h.name, kDefLocal, h);
      stmts(h.body);
    }
    stmts(s.orelse);
    stmts(s.finalbody);
  }
  void on(const ast::With& s) {
    for (const ast::WithItem& item : s.items) {
      expr(item.context);
      if (item.vars) target(*item.vars);
    }
    stmts(s.body);
  }
  void on(const ast::FunctionDef& s) {
    add_def(s.name, kDefLocal, s);
    defaults(s.params);
    annotations(s.params);
    opt(s.returns);
    exprs(s.decorators);
    enter(ScopeKind::Function, s.name, &s, s);
    params(s.params);
    stmts(s.body);
    leave();
  }
  void on(const ast::ClassDef& s) {
    add_def(s.name, kDefLocal, s);
    for (const ast::Arg& a : s.args)
      expr(a.value);
    exprs(s.decorators);
    Scope* scope = enter(ScopeKind::Class, s.name, &s, s);
    scope->private_name = s.name;
    stmts(s.body);
    leave();
  }

  // `global`/`nonlocal` (CPython's messages for names already used in the scope).
  void declare(const ast::Loc& s, const std::vector<std::string>& names, uint32_t flag) {
    const char* kind = flag == kDefGlobal ? "global" : "nonlocal";
    for (const std::string& name : names) {
      uint32_t cur = cur_->flags_of(mangle(cur_->private_name, name));
      if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        std::string msg;
        if (cur & kDefParam)
          msg = cat("name '", name, "' is parameter and ", kind);
        else if (cur & kUse)
          msg = cat("name '", name, "' is used prior to ", kind, " declaration");
        else if (cur & kDefAnnot)
          msg = cat("annotated name '", name, "' can't be ", kind);
        else
          msg = cat("name '", name, "' is assigned to before ", kind, " declaration");
        ctx_.syntax_error(msg, s);
      }
      add_def(name, flag, s);
      cur_->directives.push_back(Scope::Directive{mangle(cur_->private_name, name), s});
    }
  }

  void defaults(const ast::Params& p) {
    for (const ast::Param& x : p.posonly)
      opt(x.default_value);
    for (const ast::Param& x : p.args)
      opt(x.default_value);
    for (const ast::Param& x : p.kwonly)
      opt(x.default_value);
  }
  void annotations(const ast::Params& p) {
    for (const ast::Param& x : p.posonly)
      opt(x.annotation);
    for (const ast::Param& x : p.args)
      opt(x.annotation);
    if (p.vararg) opt(p.vararg->annotation);
    for (const ast::Param& x : p.kwonly)
      opt(x.annotation);
    if (p.kwarg) opt(p.kwarg->annotation);
  }
  // Parameter slots: positional-only, positional, keyword-only, *args, **kwargs (CPython order).
  void params(const ast::Params& p) {
    for (const ast::Param& x : p.posonly)
      add_def(x.name, kDefParam, x);
    for (const ast::Param& x : p.args)
      add_def(x.name, kDefParam, x);
    for (const ast::Param& x : p.kwonly)
      add_def(x.name, kDefParam, x);
    if (p.vararg) add_def(p.vararg->name, kDefParam, *p.vararg);
    if (p.kwarg) add_def(p.kwarg->name, kDefParam, *p.kwarg);
  }

  // --- expressions ---
  void on(const ast::Name& n) {
    add_def(n.id, kUse, n);
    // super() needs the method's __class__ cell.
    if (cur_->is_function_like() && n.id == "super") add_def("__class__", kUse, n);
  }
  void on(const ast::Lambda& n) {
    defaults(n.params);
    enter(ScopeKind::Function, "lambda", &n, n);
    params(n.params);
    expr(n.body);
    leave();
  }
  void on(const ast::NamedExpr& n) {
    if (cur_->comp_iter_expr > 0)
      ctx_.syntax_error(
          "assignment expression cannot be used in a comprehension iterable expression", n);
    if (cur_->kind == ScopeKind::Comprehension) extend_namedexpr_scope(n.target);
    expr(n.value);
    add_def(n.target.id, kDefLocal, n.target);
  }
  // A walrus inside a comprehension binds in the nearest enclosing function (or module).
  void extend_namedexpr_scope(const ast::Name& target) {
    const std::string name = mangle(cur_->private_name, target.id);
    for (Scope* s = cur_; s; s = s->parent) {
      if (s->kind == ScopeKind::Comprehension) {
        if (s->flags_of(name) & kDefCompIter)
          ctx_.syntax_error(
              cat("assignment expression cannot rebind comprehension iteration variable '",
                  target.id, "'"),
              target);
        continue;
      }
      if (s->kind == ScopeKind::Function) {
        add_def(target.id, (s->flags_of(name) & kDefGlobal) ? kDefGlobal : kDefNonlocal, target);
        cur_->directives.push_back(Scope::Directive{name, target});
        add_def(target.id, kDefLocal, target, s);
        return;
      }
      if (s->kind == ScopeKind::Module) {
        add_def(target.id, kDefGlobal, target);
        cur_->directives.push_back(Scope::Directive{name, target});
        add_def(target.id, kDefGlobal, target, s);
        return;
      }
      ctx_.syntax_error(
          "assignment expression within a comprehension cannot be used in a class body", target);
    }
  }
  void on(const ast::Comprehension& n) {
    const ast::CompFor& outer = n.fors.front();
    ++cur_->comp_iter_expr;
    expr(outer.iter);
    --cur_->comp_iter_expr;
    Scope* scope = enter(ScopeKind::Comprehension, comprehension_scope_name(n.kind), &n, n);
    scope->comp_kind = n.kind;
    add_def(".0", kDefParam, n);
    for (size_t i = 0; i < n.fors.size(); ++i) {
      const ast::CompFor& f = n.fors[i];
      scope->comp_iter_target = true;
      target(f.target);
      scope->comp_iter_target = false;
      if (i > 0) {
        ++scope->comp_iter_expr;
        expr(f.iter);
        --scope->comp_iter_expr;
      }
      exprs(f.ifs);
    }
    opt(n.value);
    expr(n.elt);
    if (n.kind == ast::CompKind::Generator) scope->generator = true;
    leave();
  }
  void on(const ast::Yield& n) {
    opt(n.value);
    cur_->generator = true;
    if (cur_->kind == ScopeKind::Comprehension) {
      const char* what = "generator expression";
      switch (cur_->comp_kind) {
        case ast::CompKind::List:
          what = "list comprehension";
          break;
        case ast::CompKind::Set:
          what = "set comprehension";
          break;
        case ast::CompKind::Dict:
          what = "dict comprehension";
          break;
        case ast::CompKind::Generator:
          break;
      }
      ctx_.syntax_error(cat("'yield' inside ", what), n);
    }
  }
  SymbolTable& table_;
  Scope* cur_ = nullptr;
};

}  // namespace

std::unique_ptr<SymbolTable> SymbolTable::build(CompileContext& ctx, const ast::Module& module) {
  auto table = std::make_unique<SymbolTable>();
  Builder(ctx, *table).module(module);
  analyze_symbols(ctx, table->top());
  return table;
}

std::unique_ptr<SymbolTable> SymbolTable::build(CompileContext& ctx, const ast::Expr& expr) {
  auto table = std::make_unique<SymbolTable>();
  Builder(ctx, *table).expression(expr);
  analyze_symbols(ctx, table->top());
  return table;
}

}  // namespace gilt::compiler
