// Boost.Fusion adapters for the AST nodes and grammar parts that rules fill by plain attribute
// propagation (no action). Only the grammar TUs include this.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "interpreter/ast.hpp"
#include "interpreter/grammar/parts.hpp"

BOOST_FUSION_ADAPT_STRUCT(gilt::ast::BinRhs, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(gilt::ast::CmpRhs, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(gilt::ast::Unary, op, operand)
BOOST_FUSION_ADAPT_STRUCT(gilt::ast::NamedExpr, target, value)
BOOST_FUSION_ADAPT_STRUCT(gilt::ast::CompFor, target, iter, ifs)
BOOST_FUSION_ADAPT_STRUCT(gilt::ast::Lambda, params, body)
BOOST_FUSION_ADAPT_STRUCT(gilt::ast::WithItem, context, vars)
BOOST_FUSION_ADAPT_STRUCT(gilt::ast::Assert, test, msg)
BOOST_FUSION_ADAPT_STRUCT(gilt::front::grammar::IfTail, test, orelse)
BOOST_FUSION_ADAPT_STRUCT(gilt::front::grammar::ListTail, rest, comma)
BOOST_FUSION_ADAPT_STRUCT(gilt::front::grammar::SeqParts, first, tail)
BOOST_FUSION_ADAPT_STRUCT(gilt::front::grammar::BraceParts, first, tail)
BOOST_FUSION_ADAPT_STRUCT(gilt::front::grammar::RaiseArgs, exc, cause)
BOOST_FUSION_ADAPT_STRUCT(gilt::front::grammar::ExceptType, type, name)
