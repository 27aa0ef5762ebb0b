// Expression rules other grammar TUs use (defined in expr_def.hpp, instantiated in expr.cpp).
#pragma once

#include <vector>

#include "interpreter/ast.hpp"
#include "interpreter/grammar/tokens.hpp"

namespace gilt::front::grammar {

struct test_class;
struct namedexpr_test_class;
struct testlist_star_expr_class;
struct exprlist_class;
struct expr_class;
struct yield_expr_class;
struct arglist_class;
struct typed_params_class;
struct eval_input_class;

using test_type = x3::rule<test_class, ast::Expr>;                              // `expression`
using namedexpr_test_type = x3::rule<namedexpr_test_class, ast::Expr>;          // `x := e` | test
using testlist_star_expr_type = x3::rule<testlist_star_expr_class, ast::Expr>;  // `a, *b` (Tuple)
using exprlist_type = x3::rule<exprlist_class, ast::Expr>;  // target list of for/comprehensions
using expr_type = x3::rule<expr_class, ast::Expr>;          // the flat `|`..`%` chain level
using yield_expr_type = x3::rule<yield_expr_class, ast::Expr>;
using arglist_type = x3::rule<arglist_class, std::vector<ast::Arg>>;  // inside call parentheses
using typed_params_type = x3::rule<typed_params_class, ast::Params>;  // inside def parentheses
using eval_input_type = x3::rule<eval_input_class, ast::Expr>;        // a whole eval() input

BOOST_SPIRIT_DECLARE(test_type, namedexpr_test_type, testlist_star_expr_type, exprlist_type,
                     expr_type, yield_expr_type, arglist_type, typed_params_type, eval_input_type)

test_type const& get_test();
namedexpr_test_type const& get_namedexpr_test();
testlist_star_expr_type const& get_testlist_star_expr();
exprlist_type const& get_exprlist();
expr_type const& get_expr();
yield_expr_type const& get_yield_expr();
arglist_type const& get_arglist();
typed_params_type const& get_typed_params();
eval_input_type const& get_eval_input();

}  // namespace gilt::front::grammar
