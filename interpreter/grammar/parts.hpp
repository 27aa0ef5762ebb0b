// Grammar-internal attribute shapes: pieces that rules produce before an action assembles them
// into AST nodes. Never seen outside interpreter/grammar.
#pragma once

#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "interpreter/ast.hpp"

namespace gilt::front::grammar {

// `if test else orelse` after the body of a conditional expression.
struct IfTail {
  ast::Expr test;
  boost::optional<ast::Expr> orelse;
};

// `, b, c [,]` after the first element of an expression list.
struct ListTail {
  std::vector<ast::Expr> rest;
  bool comma = false;  // a trailing comma (or any comma) makes a one-element tuple
};

// What follows the first element inside () or []: comprehension clauses or more elements.
struct SeqTail {
  std::vector<ast::CompFor> fors;
  ListTail list;
};

struct SeqParts {
  ast::Expr first;
  SeqTail tail;
};

// One element of a {} display.
struct BraceItem : ast::Loc {
  enum Kind { KeyValue, DoubleStar, Element } kind = Element;
  boost::optional<ast::Expr> key;
  ast::Expr value;
};

struct BraceTail {
  std::vector<ast::CompFor> fors;
  std::vector<BraceItem> rest;
};

struct BraceParts {
  BraceItem first;
  BraceTail tail;
};

// `:upper[:step]` of a slice.
struct SliceRest {
  boost::optional<ast::Expr> upper, step;
};

// One entry of a parameter list before the list is checked and sorted into ast::Params.
struct ParamItem : ast::Loc {
  enum Kind { Plain, Slash, Star, DoubleStar } kind = Plain;
  bool named = false;  // Star: `*args` rather than a bare `*`
  ast::Param param;
};

// What follows the first expression list of an expression statement.
struct StmtTail {
  enum Kind { Assign, Aug, Ann } kind = Assign;
  ast::BinOp op = ast::BinOp::Add;
  std::vector<ast::Expr> values;     // Assign: each `= value`; Aug: [value]; Ann: [annotation]
  boost::optional<ast::Expr> value;  // Ann: `= value`
};

struct RaiseArgs {
  ast::Expr exc;
  boost::optional<ast::Expr> cause;
};

struct FromModule {
  int level = 0;
  std::string module;
};

struct ExceptType {
  ast::Expr type;
  boost::optional<std::string> name;
};

struct TryTail {
  std::vector<ast::ExceptHandler> handlers;
  std::vector<ast::Stmt> orelse, finalbody;
};

}  // namespace gilt::front::grammar
