// Compound statements (if/while/for/try/with/def/class, decorators), blocks and the file rule.
#pragma once

#include "interpreter/grammar/ast_adapted.hpp"
#include "interpreter/grammar/block.hpp"
#include "interpreter/grammar/build.hpp"
#include "interpreter/grammar/expr.hpp"
#include "interpreter/grammar/stmt.hpp"
#include "interpreter/grammar/tokens.hpp"

namespace gilt::front::grammar {

struct file_input_class : locate {};
struct stmt_line_class {};
struct compound_stmt_class : locate {};
struct decorated_class : locate {};
struct def_or_class_class : locate {};
struct decorator_class : locate {};
struct block_class {};
struct suite_class {};
struct cond_class : locate {};
struct if_stmt_class : locate {};
struct elif_clause_class : locate {};
struct else_block_class {};
struct while_stmt_class : locate {};
struct for_stmt_class : locate {};
struct try_stmt_class : locate {};
struct try_tail_class {};
struct except_clause_class : locate {};
struct except_type_class {};
struct finally_block_class {};
struct with_stmt_class : locate {};
struct with_items_class {};
struct with_item_class : locate {};
struct funcdef_class : locate {};
struct classdef_class : locate {};
struct class_args_class {};

namespace {

using K = TokenKind;
using boost::fusion::at_c;

auto const& test = get_test();
auto const& namedexpr_test = get_namedexpr_test();
auto const& testlist_star_expr = get_testlist_star_expr();
auto const& exprlist = get_exprlist();
auto const& expr = get_expr();
auto const& arglist = get_arglist();
auto const& typed_params = get_typed_params();
auto const& simple_stmts = get_simple_stmts();

file_input_type const file_input = "file_input";
x3::rule<stmt_line_class, std::vector<ast::Stmt>> const stmt_line = "stmt_line";
x3::rule<compound_stmt_class, ast::Stmt> const compound_stmt = "compound_stmt";
x3::rule<decorated_class, ast::Stmt> const decorated = "decorated";
x3::rule<def_or_class_class, ast::Stmt> const def_or_class = "def_or_class";
x3::rule<decorator_class, ast::Expr> const decorator = "decorator";
x3::rule<block_class, std::vector<ast::Stmt>> const block = "block";
x3::rule<suite_class, std::vector<ast::Stmt>> const suite = "suite";
x3::rule<cond_class, ast::Expr> const cond = "cond";
x3::rule<if_stmt_class, ast::If> const if_stmt = "if_stmt";
x3::rule<elif_clause_class, ast::If> const elif_clause = "elif_clause";
x3::rule<else_block_class, std::vector<ast::Stmt>> const else_block = "else_block";
x3::rule<while_stmt_class, ast::While> const while_stmt = "while_stmt";
x3::rule<for_stmt_class, ast::For> const for_stmt = "for_stmt";
x3::rule<try_stmt_class, ast::Try> const try_stmt = "try_stmt";
x3::rule<try_tail_class, TryTail> const try_tail = "try_tail";
x3::rule<except_clause_class, ast::ExceptHandler> const except_clause = "except_clause";
x3::rule<except_type_class, ExceptType> const except_type = "except_type";
x3::rule<finally_block_class, std::vector<ast::Stmt>> const finally_block = "finally_block";
x3::rule<with_stmt_class, ast::With> const with_stmt = "with_stmt";
x3::rule<with_items_class, std::vector<ast::WithItem>> const with_items = "with_items";
x3::rule<with_item_class, ast::WithItem> const with_item = "with_item";
x3::rule<funcdef_class, ast::FunctionDef> const funcdef = "funcdef";
x3::rule<classdef_class, ast::ClassDef> const classdef = "classdef";
x3::rule<class_args_class, std::vector<ast::Arg>> const class_args = "class_args";

constexpr name_str_parser name_str{};

auto const act_pass = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };

auto const act_module = [](auto& ctx) { x3::_val(ctx).body = flatten(std::move(x3::_attr(ctx))); };
auto const act_flatten = [](auto& ctx) { x3::_val(ctx) = flatten(std::move(x3::_attr(ctx))); };
auto const act_one = [](auto& ctx) { x3::_val(ctx).push_back(std::move(x3::_attr(ctx))); };

auto const act_decorated = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx) = build_decorated(diag_of(ctx), std::move(at_c<0>(a)), std::move(at_c<1>(a)));
};

auto const act_cond = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  auto w = x3::_where(ctx);
  x3::_val(ctx) = build_condition(diag_of(ctx), w.begin(), w.end(), std::move(at_c<0>(a)),
                                  std::move(at_c<1>(a)));
};

auto const act_if = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx) = build_if(std::move(at_c<0>(a)), std::move(at_c<1>(a)), std::move(at_c<2>(a)),
                           std::move(at_c<3>(a)));
};

auto const act_elif = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx).test = std::move(at_c<0>(a));
  x3::_val(ctx).body = std::move(at_c<1>(a));
};

auto const act_while = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ast::While& n = x3::_val(ctx);
  n.test = std::move(at_c<0>(a));
  n.body = std::move(at_c<1>(a));
  if (at_c<2>(a)) n.orelse = std::move(*at_c<2>(a));
};

auto const act_for = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ast::For& n = x3::_val(ctx);
  n.target = std::move(at_c<0>(a));
  n.iter = std::move(at_c<1>(a));
  n.body = std::move(at_c<2>(a));
  if (at_c<3>(a)) n.orelse = std::move(*at_c<3>(a));
};

auto const act_try = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ast::Try& n = x3::_val(ctx);
  n.body = std::move(at_c<0>(a));
  n.handlers = std::move(at_c<1>(a).handlers);
  n.orelse = std::move(at_c<1>(a).orelse);
  n.finalbody = std::move(at_c<1>(a).finalbody);
};

auto const act_try_handlers = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx) = build_try_handlers(diag_of(ctx), x3::_where(ctx).begin(), std::move(at_c<0>(a)),
                                     std::move(at_c<1>(a)), std::move(at_c<2>(a)));
};

auto const act_try_finally = [](auto& ctx) { x3::_val(ctx).finalbody = std::move(x3::_attr(ctx)); };

auto const act_except = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ast::ExceptHandler& h = x3::_val(ctx);
  if (at_c<0>(a)) {
    h.type = std::move(at_c<0>(a)->type);
    if (at_c<0>(a)->name) h.name = std::move(*at_c<0>(a)->name);
  }
  h.body = std::move(at_c<1>(a));
};

auto const act_with = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx).items = std::move(at_c<0>(a));
  x3::_val(ctx).body = std::move(at_c<1>(a));
};

auto const act_funcdef = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ast::FunctionDef& f = x3::_val(ctx);
  f.name = std::move(at_c<0>(a));
  f.params = std::move(at_c<1>(a));
  f.returns = std::move(at_c<2>(a));
  f.body = std::move(at_c<3>(a));
};

auto const act_classdef = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ast::ClassDef& c = x3::_val(ctx);
  c.name = std::move(at_c<0>(a));
  if (at_c<1>(a)) {
    auto w = x3::_where(ctx);
    check_class_args(diag_of(ctx), w.begin(), w.end(), *at_c<1>(a));
    c.args = std::move(*at_c<1>(a));
  }
  c.body = std::move(at_c<2>(a));
};

auto const file_input_def = (*stmt_line >> tok(K::EndMarker))[located(act_module)];
auto const stmt_line_def = compound_stmt[located(act_one)] | simple_stmts[located(act_pass)];
auto const compound_stmt_def =
    if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef | decorated;
auto const decorated_def = (+decorator >> def_or_class)[located(act_decorated)];
auto const def_or_class_def = funcdef | classdef;
auto const decorator_def = tok(K::At) >> namedexpr_test >> tok(K::Newline);
auto const block_def =
    (tok(K::Newline) >> indent_expected >> +stmt_line >> tok(K::Dedent))[located(act_flatten)];
auto const suite_def = block | simple_stmts;
auto const cond_def = (namedexpr_test >> -(tok(K::Equal) >> expr))[located(act_cond)];
auto const if_stmt_def =
    (tok(K::KwIf) >> cond >> header_colon >> suite >> *elif_clause >> -else_block)[located(act_if)];
auto const elif_clause_def = (tok(K::KwElif) >> cond >> header_colon >> suite)[located(act_elif)];
auto const else_block_def = tok(K::KwElse) >> forced(K::Colon) >> suite;
auto const while_stmt_def =
    (tok(K::KwWhile) >> cond >> header_colon >> suite >> -else_block)[located(act_while)];
auto const for_stmt_def = (tok(K::KwFor) >> exprlist >> tok(K::KwIn) >> testlist_star_expr >>
                           header_colon >> suite >> -else_block)[located(act_for)];
auto const try_stmt_def =
    (tok(K::KwTry) >> forced(K::Colon) >> suite >> try_tail)[located(act_try)];
auto const try_tail_def =
    (+except_clause >> -else_block >> -finally_block)[located(act_try_handlers)] |
    finally_block[located(act_try_finally)] | except_or_finally_expected;
auto const except_clause_def =
    (tok(K::KwExcept) >> -except_type >> header_colon >> suite)[located(act_except)];
auto const except_type_def = test >> -(tok(K::KwAs) >> name_str);
auto const finally_block_def = tok(K::KwFinally) >> forced(K::Colon) >> suite;
auto const with_stmt_def =
    (tok(K::KwWith) >> with_items >> header_colon >> suite)[located(act_with)];
auto const with_items_def = (tok(K::LPar) >> (with_item % tok(K::Comma)) >> -tok(K::Comma) >>
                             tok(K::RPar) >> &tok(K::Colon))[located(act_pass)] |
                            (with_item % tok(K::Comma))[located(act_pass)];
auto const with_item_def = test >> -(tok(K::KwAs) >> expr);
auto const funcdef_def =
    (tok(K::KwDef) >> name_str >> forced(K::LPar) >> typed_params >> tok(K::RPar) >>
     -(tok(K::RArrow) >> test) >> forced(K::Colon) >> suite)[located(act_funcdef)];
auto const classdef_def =
    (tok(K::KwClass) >> name_str >> -class_args >> header_colon >> suite)[located(act_classdef)];
auto const class_args_def = tok(K::LPar) >> arglist >> tok(K::RPar);

}  // namespace

BOOST_SPIRIT_DEFINE(file_input, stmt_line, compound_stmt, decorated, def_or_class, decorator, block,
                    suite, cond, if_stmt, elif_clause, else_block, while_stmt, for_stmt, try_stmt,
                    try_tail, except_clause, except_type, finally_block, with_stmt, with_items,
                    with_item, funcdef, classdef, class_args)

file_input_type const& get_file_input() {
  return file_input;
}

}  // namespace gilt::front::grammar
