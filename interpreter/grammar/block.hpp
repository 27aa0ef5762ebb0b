// Compound statements, suites and whole files (defined in block_def.hpp, instantiated in
// block.cpp).
#pragma once

#include "interpreter/ast.hpp"
#include "interpreter/grammar/tokens.hpp"

namespace gilt::front::grammar {

struct file_input_class;
using file_input_type = x3::rule<file_input_class, ast::Module>;  // statements then ENDMARKER

BOOST_SPIRIT_DECLARE(file_input_type)

file_input_type const& get_file_input();

}  // namespace gilt::front::grammar
