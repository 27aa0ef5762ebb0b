// Scope analysis, as CPython's symtable.c: one Scope per module, class body, function, lambda
// and comprehension, and for every name used in it where it lives (fast local, global, cell,
// free variable, or the locals dict of a module/class body).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "interpreter/ast.hpp"

namespace gilt::compiler {

class CompileContext;

enum class ScopeKind : uint8_t { Module, Class, Function, Comprehension };

// How a name was used in its scope (bits, CPython's DEF_* flags).
enum SymbolFlag : uint32_t {
  kDefGlobal = 1u << 0,     // `global x`
  kDefLocal = 1u << 1,      // assigned, deleted, bound by for/with/except/def/class
  kDefParam = 1u << 2,      // a parameter
  kDefNonlocal = 1u << 3,   // `nonlocal x`
  kUse = 1u << 4,           // read
  kDefFreeClass = 1u << 5,  // free in a method and also bound in the class body
  kDefImport = 1u << 6,     // bound by import
  kDefAnnot = 1u << 7,      // `x: T` annotated
  kDefCompIter = 1u << 8,   // a comprehension's iteration variable
};
constexpr uint32_t kDefBound = kDefLocal | kDefParam | kDefImport;

// Where a name resolves.
enum class NameScope : uint8_t {
  Unknown,
  Local,           // fast local (functions) or locals dict (module, class)
  GlobalExplicit,  // declared global
  GlobalImplicit,  // not bound anywhere enclosing: globals, then builtins
  Free,            // bound in an enclosing function: a cell passed in through the closure
  Cell,            // local, and captured by an inner function
};

struct Symbol {
  uint32_t flags = 0;
  NameScope scope = NameScope::Unknown;
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;  // "top", "f", "lambda", "listcomp", "C" (CPython's ste_name)
  ast::CompKind comp_kind = ast::CompKind::List;  // for Comprehension scopes
  Scope* parent = nullptr;
  std::vector<Scope*> children;
  ast::Loc loc;

  std::unordered_map<std::string, Symbol> symbols;
  std::vector<std::string> symbol_order;  // first-seen order, for deterministic slots
  std::vector<std::string> params;        // parameters in slot order (".0" for comprehensions)

  bool nested = false;               // inside a function (CPython's ste_nested)
  bool generator = false;            // contains yield
  bool has_free = false;             // uses names from enclosing scopes
  bool child_free = false;           // some nested scope has free variables
  bool needs_class_closure = false;  // a class body whose methods use __class__ or super
  std::string private_name;          // the enclosing class name for __mangling

  // Bookkeeping while the table is built.
  int comp_iter_expr = 0;
  bool comp_iter_target = false;
  struct Directive {
    std::string name;
    ast::Loc loc;
  };
  std::vector<Directive> directives;  // global/nonlocal statements, for error locations

  bool is_function_like() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Comprehension;
  }
  NameScope scope_of(const std::string& mangled) const;
  uint32_t flags_of(const std::string& mangled) const;
};

class SymbolTable {
 public:
  // Builds and analyses the table for a module, or for a single expression (eval mode).
  static std::unique_ptr<SymbolTable> build(CompileContext& ctx, const ast::Module& module);
  static std::unique_ptr<SymbolTable> build(CompileContext& ctx, const ast::Expr& expr);

  Scope* top() const { return top_; }
  // The scope a FunctionDef, ClassDef, Lambda or Comprehension node opened.
  Scope* scope_for(const void* node) const;

  Scope* new_scope(ScopeKind kind, std::string name, const void* node, Scope* parent,
                   const ast::Loc& loc);

 private:
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const void*, Scope*> by_node_;
  Scope* top_ = nullptr;
};

// CPython's _Py_Mangle: `__x` inside class C becomes `_C__x` (not dunders, not dotted names).
std::string mangle(const std::string& private_name, const std::string& name);

// Second phase (symtable_analyze.cpp): resolves every symbol's NameScope; raises CPython's
// "no binding for nonlocal 'x' found" and friends.
void analyze_symbols(CompileContext& ctx, Scope* top);

}  // namespace gilt::compiler
