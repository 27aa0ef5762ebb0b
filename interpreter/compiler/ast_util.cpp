#include "interpreter/compiler/ast_util.hpp"

namespace gilt::compiler {

namespace {

struct KindName {
  const char* operator()(const ast::Name&) const { return "name"; }
  const char* operator()(const ast::Constant& c) const {
    switch (c.kind) {
      case ast::ConstKind::None:
        return "None";
      case ast::ConstKind::True:
        return "True";
      case ast::ConstKind::False:
        return "False";
      case ast::ConstKind::Ellipsis:
        return "ellipsis";
    }
    return "literal";
  }
  const char* operator()(const ast::Number&) const { return "literal"; }
  const char* operator()(const ast::Str& s) const {
    return is_fstring(s) ? "f-string expression" : "literal";
  }
  const char* operator()(const ast::BinChain&) const { return "expression"; }
  const char* operator()(const ast::Power&) const { return "expression"; }
  const char* operator()(const ast::Unary&) const { return "expression"; }
  const char* operator()(const ast::BoolChain&) const { return "expression"; }
  const char* operator()(const ast::Compare&) const { return "comparison"; }
  const char* operator()(const ast::IfExp&) const { return "conditional expression"; }
  const char* operator()(const ast::Lambda&) const { return "lambda"; }
  const char* operator()(const ast::NamedExpr&) const { return "named expression"; }
  const char* operator()(const ast::Postfix& p) const {
    if (p.trailers.empty()) return expr_kind_name(p.atom);
    switch (p.trailers.back().kind) {
      case ast::TrailerKind::Attribute:
        return "attribute";
      case ast::TrailerKind::Subscript:
        return "subscript";
      case ast::TrailerKind::Call:
        return "function call";
    }
    return "expression";
  }
  const char* operator()(const ast::Starred&) const { return "starred"; }
  const char* operator()(const ast::Display& d) const {
    switch (d.kind) {
      case ast::DisplayKind::Tuple:
        return "tuple";
      case ast::DisplayKind::List:
        return "list";
      case ast::DisplayKind::Set:
        return "set display";
    }
    return "expression";
  }
  const char* operator()(const ast::Dict&) const { return "dict literal"; }
  const char* operator()(const ast::Comprehension& c) const {
    switch (c.kind) {
      case ast::CompKind::List:
        return "list comprehension";
      case ast::CompKind::Set:
        return "set comprehension";
      case ast::CompKind::Dict:
        return "dict comprehension";
      case ast::CompKind::Generator:
        return "generator expression";
    }
    return "expression";
  }
  const char* operator()(const ast::Yield&) const { return "yield expression"; }
  const char* operator()(const ast::Slice&) const { return "slice"; }
};

}  // namespace

const char* expr_kind_name(const ast::Expr& e) {
  const char* result = "expression";
  visit_node(e, [&](const auto& n) { result = KindName{}(n); });
  return result;
}

bool is_fstring(const ast::Str& s) {
  for (const ast::StrPiece& p : s.pieces)
    if (p.fstring) return true;
  return false;
}

bool is_literal(const ast::Expr& e) {
  if (ast::get_if<ast::Number>(e) || ast::get_if<ast::Constant>(e)) return true;
  if (auto* s = ast::get_if<ast::Str>(e)) return !is_fstring(*s);
  return false;
}

}  // namespace gilt::compiler
