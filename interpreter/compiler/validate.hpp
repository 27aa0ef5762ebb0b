// The first compiler pass: the checks CPython 3.11 makes in its parser but gilt's grammar leaves
// to the compiler (it parses targets as expressions): invalid assignment, augmented assignment,
// annotation, del, for and with targets, parenthesised starred expressions, iterable unpacking
// in a comprehension, and f-string contents. Running them before the symbol table reproduces
// CPython's order of errors (parser errors first, then symbol-table errors, then compiler ones).
#pragma once

#include "interpreter/ast.hpp"

namespace gilt::compiler {

class CompileContext;

void validate_module(CompileContext& ctx, const ast::Module& module);
void validate_expression(CompileContext& ctx, const ast::Expr& expr);

}  // namespace gilt::compiler
