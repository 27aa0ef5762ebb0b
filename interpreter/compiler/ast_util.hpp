// Small helpers over the AST shared by the compiler passes: visiting the variants without caring
// whether a node is boxed, CPython's names for expression kinds (for "cannot assign to %s"), and
// the position conversion.
#pragma once

#include <string>

#include "interpreter/ast.hpp"
#include "runtime/code.hpp"

namespace gilt::compiler {

template <class T>
const T& unbox(const T& node) {
  return node;
}
template <class T>
const T& unbox(const boost::spirit::x3::forward_ast<T>& node) {
  return node.get();
}
template <class T>
T& unbox_mut(T& node) {
  return node;
}
template <class T>
T& unbox_mut(boost::spirit::x3::forward_ast<T>& node) {
  return node.get();
}

// Calls `fn(node)` with the unboxed node an Expr or Stmt holds; every overload must return void.
template <class F>
void visit_node(const ast::Expr& e, F&& fn) {
  boost::apply_visitor([&](const auto& n) { fn(unbox(n)); }, e.get());
}
template <class F>
void visit_node(const ast::Stmt& s, F&& fn) {
  boost::apply_visitor([&](const auto& n) { fn(unbox(n)); }, s.get());
}

inline Position to_position(const ast::Loc& loc) {
  Position p;
  p.line = loc.line;
  p.end_line = loc.end_line;
  p.col = loc.col;
  p.end_col = loc.end_col;
  return p;
}

// The span from the start of `a` to the end of `b`.
inline ast::Loc span(const ast::Loc& a, const ast::Loc& b) {
  ast::Loc l = a;
  l.end_line = b.end_line;
  l.end_col = b.end_col;
  return l;
}

// CPython's _PyPegen_get_expr_name: "literal", "function call", "tuple", ...
const char* expr_kind_name(const ast::Expr& e);

// True for a Str whose pieces include an f-string.
bool is_fstring(const ast::Str& s);

// A Str, Number or Constant (not an f-string): an expression with no code and no effects.
bool is_literal(const ast::Expr& e);

// Starred, Display and the names of targets.
inline bool is_starred(const ast::Expr& e) {
  return ast::get_if<ast::Starred>(e) != nullptr;
}

}  // namespace gilt::compiler
