// Simple statements: expression statements and assignments, pass/break/continue, return, raise,
// global/nonlocal, del, assert and imports.
#pragma once

#include "interpreter/grammar/ast_adapted.hpp"
#include "interpreter/grammar/build.hpp"
#include "interpreter/grammar/expr.hpp"
#include "interpreter/grammar/stmt.hpp"
#include "interpreter/grammar/tokens.hpp"

namespace gilt::front::grammar {

struct simple_stmts_class : locate {};
struct simple_stmt_class : locate {};
struct simple_kw_class : locate {};
struct return_stmt_class : locate {};
struct raise_stmt_class : locate {};
struct raise_args_class : locate {};
struct global_stmt_class : locate {};
struct nonlocal_stmt_class : locate {};
struct del_stmt_class : locate {};
struct assert_stmt_class : locate {};
struct import_name_class : locate {};
struct dotted_as_name_class : locate {};
struct dotted_name_class {};
struct import_from_class : locate {};
struct from_module_class {};
struct import_targets_class {};
struct import_as_name_class : locate {};
struct expr_stmt_class : locate {};
struct stmt_tail_class {};
struct aug_tail_class {};
struct ann_tail_class {};
struct assign_tail_class {};
struct rhs_value_class : locate {};

namespace {

using K = TokenKind;
using boost::fusion::at_c;

auto const& test = get_test();
auto const& testlist_star_expr = get_testlist_star_expr();
auto const& expr = get_expr();
auto const& yield_expr = get_yield_expr();

simple_stmts_type const simple_stmts = "simple_stmts";
x3::rule<simple_stmt_class, ast::Stmt> const simple_stmt = "simple_stmt";
x3::rule<simple_kw_class, ast::SimpleStmt> const simple_kw = "simple_kw";
x3::rule<return_stmt_class, ast::Return> const return_stmt = "return_stmt";
x3::rule<raise_stmt_class, ast::Raise> const raise_stmt = "raise_stmt";
x3::rule<raise_args_class, RaiseArgs> const raise_args = "raise_args";
x3::rule<global_stmt_class, ast::Global> const global_stmt = "global_stmt";
x3::rule<nonlocal_stmt_class, ast::Nonlocal> const nonlocal_stmt = "nonlocal_stmt";
x3::rule<del_stmt_class, ast::Del> const del_stmt = "del_stmt";
x3::rule<assert_stmt_class, ast::Assert> const assert_stmt = "assert_stmt";
x3::rule<import_name_class, ast::Import> const import_name = "import_name";
x3::rule<dotted_as_name_class, ast::Alias> const dotted_as_name = "dotted_as_name";
x3::rule<dotted_name_class, std::string> const dotted_name = "dotted_name";
x3::rule<import_from_class, ast::ImportFrom> const import_from = "import_from";
x3::rule<from_module_class, FromModule> const from_module = "from_module";
x3::rule<import_targets_class, std::vector<ast::Alias>> const import_targets = "import_targets";
x3::rule<import_as_name_class, ast::Alias> const import_as_name = "import_as_name";
x3::rule<expr_stmt_class, ast::Stmt> const expr_stmt = "expr_stmt";
x3::rule<stmt_tail_class, StmtTail> const stmt_tail = "stmt_tail";
x3::rule<aug_tail_class, StmtTail> const aug_tail = "aug_tail";
x3::rule<ann_tail_class, StmtTail> const ann_tail = "ann_tail";
x3::rule<assign_tail_class, StmtTail> const assign_tail = "assign_tail";
x3::rule<rhs_value_class, ast::Expr> const rhs_value = "rhs_value";

constexpr name_str_parser name_str{};
constexpr augop_parser augop{};
constexpr dots_parser dots{};

auto const act_pass = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };

template <ast::SimpleKind Kind>
auto const act_simple = [](auto& ctx) { x3::_val(ctx).kind = Kind; };

auto const act_return = [](auto& ctx) { x3::_val(ctx).value = std::move(x3::_attr(ctx)); };

auto const act_raise = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  if (a) {
    x3::_val(ctx).exc = std::move(a->exc);
    x3::_val(ctx).cause = std::move(a->cause);
  }
};

auto const act_names = [](auto& ctx) { x3::_val(ctx).names = std::move(x3::_attr(ctx)); };
auto const act_del = [](auto& ctx) { x3::_val(ctx).targets = std::move(x3::_attr(ctx)); };

auto const act_alias = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx).name = std::move(at_c<0>(a));
  if (at_c<1>(a)) x3::_val(ctx).asname = std::move(*at_c<1>(a));
};

auto const act_join = [](auto& ctx) {
  std::string out;
  for (auto& part : x3::_attr(ctx)) {
    if (!out.empty()) out += '.';
    out += part;
  }
  x3::_val(ctx) = std::move(out);
};

auto const act_from_rel = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx).level = at_c<0>(a);
  if (at_c<1>(a)) x3::_val(ctx).module = std::move(*at_c<1>(a));
};
auto const act_from_abs = [](auto& ctx) { x3::_val(ctx).module = std::move(x3::_attr(ctx)); };

auto const act_star_alias = [](auto& ctx) {
  ast::Alias star;
  star.name = "*";
  auto w = x3::_where(ctx);
  set_token_loc(star, w.begin(), w.begin());
  x3::_val(ctx).push_back(std::move(star));
};

auto const act_import = [](auto& ctx) { x3::_val(ctx).names = std::move(x3::_attr(ctx)); };

auto const act_import_from = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx).level = at_c<0>(a).level;
  x3::_val(ctx).module = std::move(at_c<0>(a).module);
  x3::_val(ctx).names = std::move(at_c<1>(a));
};

auto const act_expr_stmt = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  auto w = x3::_where(ctx);
  x3::_val(ctx) = build_expr_stmt(diag_of(ctx), w.begin(), w.end(), std::move(at_c<0>(a)),
                                  std::move(at_c<1>(a)));
};

auto const act_aug = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  StmtTail& t = x3::_val(ctx);
  t.kind = StmtTail::Aug;
  t.op = at_c<0>(a);
  t.values.push_back(std::move(at_c<1>(a)));
};

auto const act_ann = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  StmtTail& t = x3::_val(ctx);
  t.kind = StmtTail::Ann;
  t.values.push_back(std::move(at_c<0>(a)));
  t.value = std::move(at_c<1>(a));
};

auto const act_assign = [](auto& ctx) {
  StmtTail& t = x3::_val(ctx);
  t.kind = StmtTail::Assign;
  t.values = std::move(x3::_attr(ctx));
};

auto const simple_stmts_def = simple_stmt % tok(K::Semi) >> -tok(K::Semi) >> tok(K::Newline);
auto const simple_stmt_def = simple_kw | return_stmt | raise_stmt | global_stmt | nonlocal_stmt |
                             del_stmt | assert_stmt | import_name | import_from | expr_stmt;
auto const simple_kw_def = tok(K::KwPass)[located(act_simple<ast::SimpleKind::Pass>)] |
                           tok(K::KwBreak)[located(act_simple<ast::SimpleKind::Break>)] |
                           tok(K::KwContinue)[located(act_simple<ast::SimpleKind::Continue>)];
auto const return_stmt_def = (tok(K::KwReturn) >> -testlist_star_expr)[located(act_return)];
auto const raise_stmt_def = (tok(K::KwRaise) >> -raise_args)[located(act_raise)];
auto const raise_args_def = test >> -(tok(K::KwFrom) >> test);
auto const global_stmt_def = (tok(K::KwGlobal) >> (name_str % tok(K::Comma)))[located(act_names)];
auto const nonlocal_stmt_def =
    (tok(K::KwNonlocal) >> (name_str % tok(K::Comma)))[located(act_names)];
auto const del_stmt_def =
    (tok(K::KwDel) >> (expr % tok(K::Comma)) >> -tok(K::Comma))[located(act_del)];
auto const assert_stmt_def = tok(K::KwAssert) >> test >> -(tok(K::Comma) >> test);
auto const import_name_def =
    (tok(K::KwImport) >> (dotted_as_name % tok(K::Comma)))[located(act_import)];
auto const dotted_as_name_def = (dotted_name >> -(tok(K::KwAs) >> name_str))[located(act_alias)];
auto const dotted_name_def = (name_str % tok(K::Dot))[located(act_join)];
auto const import_from_def =
    (tok(K::KwFrom) >> from_module >> tok(K::KwImport) >> import_targets)[located(act_import_from)];
auto const from_module_def =
    (dots >> -dotted_name)[located(act_from_rel)] | dotted_name[located(act_from_abs)];
auto const import_targets_def =
    tok(K::Star)[located(act_star_alias)] |
    (tok(K::LPar) >> (import_as_name % tok(K::Comma)) >> -tok(K::Comma) >>
     tok(K::RPar))[located(act_pass)] |
    ((import_as_name % tok(K::Comma)) >> no_trailing_comma)[located(act_pass)];
auto const import_as_name_def = (name_str >> -(tok(K::KwAs) >> name_str))[located(act_alias)];
auto const expr_stmt_def = (rhs_value >> -stmt_tail)[located(act_expr_stmt)];
auto const stmt_tail_def = aug_tail | ann_tail | assign_tail;
auto const aug_tail_def = (augop >> rhs_value)[located(act_aug)];
auto const ann_tail_def =
    (tok(K::Colon) >> test >> -(tok(K::Equal) >> rhs_value))[located(act_ann)];
auto const assign_tail_def = (+(tok(K::Equal) >> rhs_value))[located(act_assign)];
auto const rhs_value_def = yield_expr | testlist_star_expr;

}  // namespace

BOOST_SPIRIT_DEFINE(simple_stmts, simple_stmt, simple_kw, return_stmt, raise_stmt, raise_args,
                    global_stmt, nonlocal_stmt, del_stmt, assert_stmt, import_name, dotted_as_name,
                    dotted_name, import_from, from_module, import_targets, import_as_name,
                    expr_stmt, stmt_tail, aug_tail, ann_tail, assign_tail, rhs_value)

simple_stmts_type const& get_simple_stmts() {
  return simple_stmts;
}

}  // namespace gilt::front::grammar
