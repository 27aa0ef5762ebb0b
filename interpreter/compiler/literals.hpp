// Compile-time constants: building the values the code objects hold (with the keys that let
// equal constants share one slot) and converting literal text.
#pragma once

#include <string_view>
#include <vector>

#include "interpreter/compiler/code_builder.hpp"
#include "interpreter/compiler/context.hpp"

namespace gilt::compiler {

Const const_none();
Const const_bool(bool b);
Const const_ellipsis();
Const const_int(const Value& v);  // an inline or big int
Const const_float(double d);
Const const_str(std::string_view utf8);
Const const_bytes(std::string_view data);
Const const_tuple(const std::vector<Const>& items);
// A set display's constant items as CPython stores them: a frozenset filled in source order, so
// the set built from it iterates in CPython's order.
Const const_frozenset(const std::vector<Const>& items);
Const const_code(const Value& code);  // never shared

// None/True/False/... as a constant.
Const constant_const(const ast::Constant& c);
// An int or float literal; an imaginary literal is a SyntaxError (gilt has no complex type).
Const number_const(const CompileContext& ctx, const ast::Number& n);
// The value of adjacent non-f string (or bytes) literals.
Const string_const(const ast::Str& s);
// Folds -c, +c and ~c for numeric constants; false when the operation does not fold.
bool fold_unary(ast::UnaryOp op, const Const& operand, Const* out);

}  // namespace gilt::compiler
