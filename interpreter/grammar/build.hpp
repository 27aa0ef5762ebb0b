// AST builders called from the grammar's semantic actions. They live in build.cpp, away from the
// Spirit templates, so the grammar TUs stay small; they also make CPython's parser-level checks
// (argument order, parameter order, "Perhaps you forgot ..."-style messages) and throw HardError.
// [b, e) is always the token range the calling rule matched.
#pragma once

#include <boost/optional.hpp>
#include <string>
#include <vector>

#include "interpreter/ast.hpp"
#include "interpreter/grammar/diag.hpp"
#include "interpreter/grammar/parts.hpp"

namespace gilt::front::grammar {

// ---- expressions ----
// Returns false (a plain parse failure) when CPython's generic error applies.
bool build_ternary(Diag& d, Iter b, Iter e, ast::Expr&& first, boost::optional<IfTail>&& tail,
                   ast::Expr* out);
ast::Expr build_boolchain(ast::BoolOp op, ast::Expr&& first, std::vector<ast::Expr>&& rest);
ast::Expr build_compare(ast::Expr&& first, std::vector<ast::CmpRhs>&& rest);
ast::Expr build_binchain(ast::Expr&& first, std::vector<ast::BinRhs>&& rest);
ast::Expr build_power(ast::Expr&& base, boost::optional<ast::Expr>&& exp);
ast::Expr build_postfix(ast::Expr&& atom, std::vector<ast::Trailer>&& trailers);
ast::Expr build_starred(ast::Expr&& value);
ast::Expr build_tuple_or_self(ast::Expr&& first, ListTail&& tail);
ast::Expr build_paren(const Diag& d, boost::optional<SeqParts>&& parts);
ast::Expr build_list(const Diag& d, boost::optional<SeqParts>&& parts);
ast::Expr build_brace(const Diag& d, Iter b, Iter e, boost::optional<BraceParts>&& parts);
bool build_subscript(boost::optional<ast::Expr>&& lower, boost::optional<SliceRest>&& rest,
                     ast::Expr* out);
ast::Expr build_yield(bool is_from, boost::optional<ast::Expr>&& value);
std::vector<ast::Arg> build_arglist(const Diag& d, Iter b, Iter e,
                                    boost::optional<std::vector<ast::Arg>>&& args);
// `class C(x for x in y)`: a bare generator is not a base.
void check_class_args(const Diag& d, Iter b, Iter e, const std::vector<ast::Arg>& args);
ast::Params build_params(const Diag& d, Iter b, Iter e,
                         boost::optional<std::vector<ParamItem>>&& items);

// ---- statements ----
ast::Stmt build_expr_stmt(const Diag& d, Iter b, Iter e, ast::Expr&& first,
                          boost::optional<StmtTail>&& tail);
ast::Expr build_condition(const Diag& d, Iter b, Iter e, ast::Expr&& cond,
                          boost::optional<ast::Expr>&& assigned);
ast::If build_if(ast::Expr&& test, std::vector<ast::Stmt>&& body, std::vector<ast::If>&& elifs,
                 boost::optional<std::vector<ast::Stmt>>&& orelse);
TryTail build_try_handlers(const Diag& d, Iter b, std::vector<ast::ExceptHandler>&& handlers,
                           boost::optional<std::vector<ast::Stmt>>&& orelse,
                           boost::optional<std::vector<ast::Stmt>>&& finalbody);
ast::Stmt build_decorated(const Diag& d, std::vector<ast::Expr>&& decorators, ast::Stmt&& def);
std::vector<ast::Stmt> flatten(std::vector<std::vector<ast::Stmt>>&& lines);

}  // namespace gilt::front::grammar
