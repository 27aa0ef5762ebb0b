// Resolving scopes (CPython's analyze_block/analyze_name/analyze_cells/update_symbols): which
// names are local, global, free (captured from an enclosing function) or cells (captured by an
// inner function). Class bodies do not make their names visible to nested functions.
#include <unordered_set>

#include "interpreter/compiler/context.hpp"
#include "interpreter/compiler/symtable.hpp"
#include "runtime/errors.hpp"

namespace gilt::compiler {

namespace {

using NameSet = std::unordered_set<std::string>;
using ScopeMap = std::unordered_map<std::string, NameScope>;

class Analyzer {
 public:
  explicit Analyzer(CompileContext& ctx) : ctx_(ctx) {}

  // `bound` is null for the module (nothing encloses it).
  void block(Scope* s, NameSet* bound, NameSet& free, NameSet& global) {
    DepthGuard guard(ctx_);
    NameSet local;
    ScopeMap scopes;
    NameSet new_global, new_free, new_bound;
    if (s->kind == ScopeKind::Class) {
      new_global = global;
      if (bound) new_bound = *bound;
    }
    for (const std::string& name : s->symbol_order)
      analyze_name(s, scopes, name, s->symbols[name].flags, bound, local, free, global);
    if (s->kind != ScopeKind::Class) {
      if (s->is_function_like()) new_bound.insert(local.begin(), local.end());
      if (bound) new_bound.insert(bound->begin(), bound->end());
      new_global.insert(global.begin(), global.end());
    } else {
      new_bound.insert("__class__");
    }
    NameSet all_free;
    for (Scope* child : s->children) {
      NameSet child_bound = new_bound, child_free = new_free, child_global = new_global;
      block(child, &child_bound, child_free, child_global);
      all_free.insert(child_free.begin(), child_free.end());
      if (child->has_free || child->child_free) s->child_free = true;
    }
    new_free.insert(all_free.begin(), all_free.end());
    if (s->is_function_like()) {
      analyze_cells(scopes, new_free);
    } else if (s->kind == ScopeKind::Class) {
      if (new_free.erase("__class__")) s->needs_class_closure = true;
    }
    update_symbols(s, scopes, bound, new_free);
    free.insert(new_free.begin(), new_free.end());
  }

 private:
  [[noreturn]] void error_at_directive(const Scope* s, const std::string& name,
                                       const std::string& msg) {
    for (const Scope::Directive& d : s->directives)
      if (d.name == name) ctx_.syntax_error(msg, d.loc);
    ctx_.syntax_error(msg, s->loc);
  }

  void analyze_name(Scope* s, ScopeMap& scopes, const std::string& name, uint32_t flags,
                    NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal)
        error_at_directive(s, name, cat("name '", name, "' is nonlocal and global"));
      scopes[name] = NameScope::GlobalExplicit;
      global.insert(name);
      if (bound) bound->erase(name);
      return;
    }
    if (flags & kDefNonlocal) {
      if (!bound) error_at_directive(s, name, "nonlocal declaration not allowed at module level");
      if (!bound->count(name))
        error_at_directive(s, name, cat("no binding for nonlocal '", name, "' found"));
      scopes[name] = NameScope::Free;
      s->has_free = true;
      free.insert(name);
      return;
    }
    if (flags & kDefBound) {
      scopes[name] = NameScope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      scopes[name] = NameScope::Free;
      s->has_free = true;
      free.insert(name);
      return;
    }
    if (global.count(name)) {
      scopes[name] = NameScope::GlobalImplicit;
      return;
    }
    if (s->nested) s->has_free = true;
    scopes[name] = NameScope::GlobalImplicit;
  }

  // Locals captured by nested scopes become cells.
  static void analyze_cells(ScopeMap& scopes, NameSet& free) {
    for (auto& [name, scope] : scopes) {
      if (scope != NameScope::Local || !free.count(name)) continue;
      scope = NameScope::Cell;
      free.erase(name);
    }
  }

  static void update_symbols(Scope* s, const ScopeMap& scopes, const NameSet* bound,
                             const NameSet& free) {
    for (auto& [name, sym] : s->symbols) {
      auto it = scopes.find(name);
      if (it != scopes.end()) sym.scope = it->second;
    }
    for (const std::string& name : free) {
      auto it = s->symbols.find(name);
      if (it != s->symbols.end()) {
        // Free in a method and bound (or global) in the class body: the class passes the
        // enclosing cell through while its own code uses the name as a class local.
        if (s->kind == ScopeKind::Class && (it->second.flags & (kDefBound | kDefGlobal)))
          it->second.flags |= kDefFreeClass;
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      // Free in a child and bound further out: this scope passes it through.
      s->symbols[name] = Symbol{0, NameScope::Free};
      s->symbol_order.push_back(name);
    }
  }

  CompileContext& ctx_;
};

}  // namespace

void analyze_symbols(CompileContext& ctx, Scope* top) {
  NameSet free, global;
  Analyzer(ctx).block(top, nullptr, free, global);
}

}  // namespace gilt::compiler
