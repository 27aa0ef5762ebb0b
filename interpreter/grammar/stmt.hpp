// Simple statements (defined in stmt_def.hpp, instantiated in stmt.cpp).
#pragma once

#include <vector>

#include "interpreter/ast.hpp"
#include "interpreter/grammar/tokens.hpp"

namespace gilt::front::grammar {

struct simple_stmts_class;
// `a = 1; del b; pass NEWLINE`: one logical line of simple statements.
using simple_stmts_type = x3::rule<simple_stmts_class, std::vector<ast::Stmt>>;

BOOST_SPIRIT_DECLARE(simple_stmts_type)

simple_stmts_type const& get_simple_stmts();

}  // namespace gilt::front::grammar
