// Expression rules. Levels follow Python's grammar only where semantics need them (see
// design/X3.md §2e): lambda, conditional, or/and, not, comparison chains, then ONE flat chain for
// | ^ & << >> + - * @ / // %, then unary/power, postfix trailers and atoms.
//
// Every alternative starts with a distinct token or a short fixed prefix, so nothing nested is
// ever parsed twice (X3 does not memoise; a shared nested prefix would be exponential).
#pragma once

#include "interpreter/grammar/ast_adapted.hpp"
#include "interpreter/grammar/build.hpp"
#include "interpreter/grammar/expr.hpp"
#include "interpreter/grammar/tokens.hpp"

namespace gilt::front::grammar {

// Rule IDs: all fill the Loc of what they produce (if no inner rule did).
struct test_class : locate {};
struct namedexpr_test_class : locate {};
struct testlist_star_expr_class : locate {};
struct exprlist_class : locate {};
struct expr_class : locate {};
struct yield_expr_class : locate {};
struct arglist_class : locate {};
struct typed_params_class : locate {};
struct eval_input_class : locate {};
struct ternary_class : locate {};
struct if_tail_class : locate {};
struct test_nocond_class : locate {};
struct named_expr_class : locate {};
struct or_test_class : locate {};
struct and_test_class : locate {};
struct not_test_class : locate {};
struct not_expr_class : locate {};
struct comparison_class : locate {};
struct cmp_rhs_class : locate {};
struct star_expr_class : locate {};
struct bin_rhs_class : locate {};
struct factor_class : locate {};
struct unary_class : locate {};
struct power_class : locate {};
struct postfix_class : locate {};
struct trailer_class : locate {};
struct atom_class : locate {};
struct paren_atom_class : locate {};
struct list_atom_class : locate {};
struct brace_atom_class : locate {};
struct seq_parts_class {};  // its node is located by the enclosing bracket rule
struct seq_tail_class {};
struct list_tail_named_class {};
struct star_or_named_class : locate {};
struct brace_parts_class {};
struct brace_item_class : locate {};
struct brace_tail_class {};
struct star_or_test_class : locate {};
struct list_tail_test_class {};
struct star_or_expr_class : locate {};
struct list_tail_expr_class {};
struct subscriptlist_class : locate {};
struct list_tail_sub_class {};
struct subscript_class : locate {};
struct slice_rest_class {};
struct comp_fors_class {};
struct comp_for_class : locate {};
struct argument_class : locate {};
struct lambdef_class : locate {};
struct lambdef_nocond_class : locate {};
struct lambda_params_class : locate {};
struct lambda_param_class : locate {};
struct typed_param_class : locate {};

namespace {

using K = TokenKind;
using boost::fusion::at_c;

test_type const test = "test";
namedexpr_test_type const namedexpr_test = "namedexpr_test";
testlist_star_expr_type const testlist_star_expr = "testlist_star_expr";
exprlist_type const exprlist = "exprlist";
expr_type const expr = "expr";
yield_expr_type const yield_expr = "yield_expr";
arglist_type const arglist = "arglist";
typed_params_type const typed_params = "typed_params";
eval_input_type const eval_input = "eval_input";

x3::rule<ternary_class, ast::Expr> const ternary = "ternary";
x3::rule<if_tail_class, IfTail> const if_tail = "if_tail";
x3::rule<test_nocond_class, ast::Expr> const test_nocond = "test_nocond";
x3::rule<named_expr_class, ast::NamedExpr> const named_expr = "named_expr";
x3::rule<or_test_class, ast::Expr> const or_test = "or_test";
x3::rule<and_test_class, ast::Expr> const and_test = "and_test";
x3::rule<not_test_class, ast::Expr> const not_test = "not_test";
x3::rule<not_expr_class, ast::Unary> const not_expr = "not_expr";
x3::rule<comparison_class, ast::Expr> const comparison = "comparison";
x3::rule<cmp_rhs_class, ast::CmpRhs> const cmp_rhs = "cmp_rhs";
x3::rule<star_expr_class, ast::Expr> const star_expr = "star_expr";
x3::rule<bin_rhs_class, ast::BinRhs> const bin_rhs = "bin_rhs";
x3::rule<factor_class, ast::Expr> const factor = "factor";
x3::rule<unary_class, ast::Unary> const unary = "unary";
x3::rule<power_class, ast::Expr> const power = "power";
x3::rule<postfix_class, ast::Expr> const postfix = "postfix";
x3::rule<trailer_class, ast::Trailer> const trailer = "trailer";
x3::rule<atom_class, ast::Expr> const atom = "atom";
x3::rule<paren_atom_class, ast::Expr> const paren_atom = "paren_atom";
x3::rule<list_atom_class, ast::Expr> const list_atom = "list_atom";
x3::rule<brace_atom_class, ast::Expr> const brace_atom = "brace_atom";
x3::rule<seq_parts_class, SeqParts> const seq_parts = "seq_parts";
x3::rule<seq_tail_class, SeqTail> const seq_tail = "seq_tail";
x3::rule<list_tail_named_class, ListTail> const list_tail_named = "list_tail_named";
x3::rule<star_or_named_class, ast::Expr> const star_or_named = "star_or_named";
x3::rule<brace_parts_class, BraceParts> const brace_parts = "brace_parts";
x3::rule<brace_item_class, BraceItem> const brace_item = "brace_item";
x3::rule<brace_tail_class, BraceTail> const brace_tail = "brace_tail";
x3::rule<star_or_test_class, ast::Expr> const star_or_test = "star_or_test";
x3::rule<list_tail_test_class, ListTail> const list_tail_test = "list_tail_test";
x3::rule<star_or_expr_class, ast::Expr> const star_or_expr = "star_or_expr";
x3::rule<list_tail_expr_class, ListTail> const list_tail_expr = "list_tail_expr";
x3::rule<subscriptlist_class, ast::Expr> const subscriptlist = "subscriptlist";
x3::rule<list_tail_sub_class, ListTail> const list_tail_sub = "list_tail_sub";
x3::rule<subscript_class, ast::Expr> const subscript = "subscript";
x3::rule<slice_rest_class, SliceRest> const slice_rest = "slice_rest";
x3::rule<comp_fors_class, std::vector<ast::CompFor>> const comp_fors = "comp_fors";
x3::rule<comp_for_class, ast::CompFor> const comp_for = "comp_for";
x3::rule<argument_class, ast::Arg> const argument = "argument";
x3::rule<lambdef_class, ast::Lambda> const lambdef = "lambdef";
x3::rule<lambdef_nocond_class, ast::Lambda> const lambdef_nocond = "lambdef_nocond";
x3::rule<lambda_params_class, ast::Params> const lambda_params = "lambda_params";
x3::rule<lambda_param_class, ParamItem> const lambda_param = "lambda_param";
x3::rule<typed_param_class, ParamItem> const typed_param = "typed_param";

// ---- primitives ----
constexpr name_str_parser name_str{};
constexpr name_node_parser name_node{};
constexpr number_parser number{};
constexpr constant_parser constant{};
constexpr strings_parser strings{};
constexpr binop_parser binop{};
constexpr cmpop_parser cmpop{};
constexpr unop_parser unop{};
constexpr not_op_parser not_op{};
constexpr no_default_parser no_default_var{"var-positional argument cannot have default value"};
constexpr no_default_parser no_default_kw{"var-keyword argument cannot have default value"};

// ---- actions: thin adapters from X3 attributes to the builders in build.cpp ----
auto const act_pass = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };

auto const act_ternary = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  auto w = x3::_where(ctx);
  ast::Expr out;
  if (build_ternary(diag_of(ctx), w.begin(), w.end(), std::move(at_c<0>(a)), std::move(at_c<1>(a)),
                    &out)) {
    x3::_val(ctx) = std::move(out);
  } else {
    x3::_pass(ctx) = false;
  }
};

template <ast::BoolOp Op>
auto const act_bool = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx) = build_boolchain(Op, std::move(at_c<0>(a)), std::move(at_c<1>(a)));
};

auto const act_compare = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx) = build_compare(std::move(at_c<0>(a)), std::move(at_c<1>(a)));
};

auto const act_binchain = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx) = build_binchain(std::move(at_c<0>(a)), std::move(at_c<1>(a)));
};

auto const act_power = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx) = build_power(std::move(at_c<0>(a)), std::move(at_c<1>(a)));
};

auto const act_postfix = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx) = build_postfix(std::move(at_c<0>(a)), std::move(at_c<1>(a)));
};

auto const act_starred = [](auto& ctx) {
  x3::_val(ctx) = build_starred(std::move(x3::_attr(ctx)));
};

auto const act_attr_trailer = [](auto& ctx) {
  ast::Trailer t;
  t.kind = ast::TrailerKind::Attribute;
  t.name = std::move(x3::_attr(ctx));
  x3::_val(ctx) = std::move(t);
};

auto const act_call_trailer = [](auto& ctx) {
  ast::Trailer t;
  t.kind = ast::TrailerKind::Call;
  t.args = std::move(x3::_attr(ctx));
  x3::_val(ctx) = std::move(t);
};

auto const act_sub_trailer = [](auto& ctx) {
  ast::Trailer t;
  t.kind = ast::TrailerKind::Subscript;
  t.index = std::move(x3::_attr(ctx));
  x3::_val(ctx) = std::move(t);
};

auto const act_paren = [](auto& ctx) {
  x3::_val(ctx) = build_paren(diag_of(ctx), std::move(x3::_attr(ctx)));
};

auto const act_list = [](auto& ctx) {
  x3::_val(ctx) = build_list(diag_of(ctx), std::move(x3::_attr(ctx)));
};

auto const act_brace = [](auto& ctx) {
  auto w = x3::_where(ctx);
  x3::_val(ctx) = build_brace(diag_of(ctx), w.begin(), w.end(), std::move(x3::_attr(ctx)));
};

auto const act_seq_comp = [](auto& ctx) { x3::_val(ctx).fors = std::move(x3::_attr(ctx)); };
auto const act_seq_list = [](auto& ctx) { x3::_val(ctx).list = std::move(x3::_attr(ctx)); };

auto const act_item_dstar = [](auto& ctx) {
  x3::_val(ctx).kind = BraceItem::DoubleStar;
  x3::_val(ctx).value = std::move(x3::_attr(ctx));
};
auto const act_item_elem = [](auto& ctx) {
  x3::_val(ctx).kind = BraceItem::Element;
  x3::_val(ctx).value = std::move(x3::_attr(ctx));
};
auto const act_item_kv = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  BraceItem& item = x3::_val(ctx);
  if (at_c<1>(a)) {
    item.kind = BraceItem::KeyValue;
    item.key = std::move(at_c<0>(a));
    item.value = std::move(*at_c<1>(a));
  } else {
    item.kind = BraceItem::Element;
    item.value = std::move(at_c<0>(a));
  }
};

auto const act_bt_comp = [](auto& ctx) { x3::_val(ctx).fors = std::move(x3::_attr(ctx)); };
auto const act_bt_list = [](auto& ctx) { x3::_val(ctx).rest = std::move(x3::_attr(ctx)); };

auto const act_tuple = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx) = build_tuple_or_self(std::move(at_c<0>(a)), std::move(at_c<1>(a)));
};

// As CPython 3.11, `x[*a]` subscripts with a one-element tuple.
auto const act_subscripts = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  if (ast::get_if<ast::Starred>(at_c<0>(a))) at_c<1>(a).comma = true;
  x3::_val(ctx) = build_tuple_or_self(std::move(at_c<0>(a)), std::move(at_c<1>(a)));
};

auto const act_subscript = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ast::Expr out;
  if (build_subscript(std::move(at_c<0>(a)), std::move(at_c<1>(a)), &out)) {
    x3::_val(ctx) = std::move(out);
  } else {
    x3::_pass(ctx) = false;
  }
};

// `-(':' >> -test)` may come out as optional<Expr> or optional<optional<Expr>>.
inline boost::optional<ast::Expr> flat(boost::optional<ast::Expr>&& e) {
  return std::move(e);
}
inline boost::optional<ast::Expr> flat(boost::optional<boost::optional<ast::Expr>>&& e) {
  return e ? std::move(*e) : boost::optional<ast::Expr>{};
}

auto const act_slice_rest = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  x3::_val(ctx).upper = std::move(at_c<0>(a));
  x3::_val(ctx).step = flat(std::move(at_c<1>(a)));
};

auto const act_yield_from = [](auto& ctx) {
  x3::_val(ctx) = build_yield(true, boost::optional<ast::Expr>(std::move(x3::_attr(ctx))));
};
auto const act_yield = [](auto& ctx) {
  x3::_val(ctx) = build_yield(false, std::move(x3::_attr(ctx)));
};

auto const act_arglist = [](auto& ctx) {
  auto w = x3::_where(ctx);
  x3::_val(ctx) = build_arglist(diag_of(ctx), w.begin(), w.end(), std::move(x3::_attr(ctx)));
};

template <ast::ArgKind Kind>
auto const act_arg = [](auto& ctx) {
  ast::Arg& arg = x3::_val(ctx);
  arg.kind = Kind;
  arg.value = std::move(x3::_attr(ctx));
};
auto const act_kwarg = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ast::Arg& arg = x3::_val(ctx);
  arg.kind = ast::ArgKind::Keyword;
  arg.name = std::move(at_c<0>(a));
  arg.value = std::move(at_c<1>(a));
};
auto const act_const_kwarg = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  const ast::Constant& c = at_c<0>(a);
  if (c.kind == ast::ConstKind::Ellipsis) {
    x3::_pass(ctx) = false;
    return;
  }
  static const char* const names[] = {"None", "True", "False"};
  throw diag_of(ctx).at_loc(c, ast::loc_of(at_c<1>(a)), x3::_where(ctx).begin(),
                            std::string("cannot assign to ") + names[static_cast<int>(c.kind)]);
};

auto const act_pos_arg = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  auto w = x3::_where(ctx);
  if (w.end()->kind == K::Equal && !ast::get_if<ast::Name>(at_c<0>(a))) {
    // CPython's invalid_kwarg: `f(a.b=1)`.
    throw diag_of(ctx).at_range(w.begin(), w.end(),
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
  }
  ast::Arg& arg = x3::_val(ctx);
  arg.kind = ast::ArgKind::Positional;
  if (at_c<1>(a)) {
    ast::Comprehension gen;  // Loc left unset: build_arglist knows it is unparenthesised
    gen.kind = ast::CompKind::Generator;
    gen.elt = std::move(at_c<0>(a));
    gen.fors = std::move(*at_c<1>(a));
    arg.value = std::move(gen);
  } else {
    arg.value = std::move(at_c<0>(a));
  }
};

auto const act_params = [](auto& ctx) {
  auto w = x3::_where(ctx);
  x3::_val(ctx) = build_params(diag_of(ctx), w.begin(), w.end(), std::move(x3::_attr(ctx)));
};

template <ParamItem::Kind Kind>
auto const act_marker_param = [](auto& ctx) { x3::_val(ctx).kind = Kind; };

template <ParamItem::Kind Kind>
auto const act_named_param = [](auto& ctx) {
  ParamItem& p = x3::_val(ctx);
  p.kind = Kind;
  p.named = true;
  p.param.name = std::move(x3::_attr(ctx));
};

template <ParamItem::Kind Kind>
auto const act_annotated_param = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ParamItem& p = x3::_val(ctx);
  p.kind = Kind;
  p.named = true;
  p.param.name = std::move(at_c<0>(a));
  p.param.annotation = std::move(at_c<1>(a));
};

auto const act_plain_param = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ParamItem& p = x3::_val(ctx);
  p.named = true;
  p.param.name = std::move(at_c<0>(a));
  p.param.default_value = std::move(at_c<1>(a));
};

auto const act_plain_tparam = [](auto& ctx) {
  auto& a = x3::_attr(ctx);
  ParamItem& p = x3::_val(ctx);
  p.named = true;
  p.param.name = std::move(at_c<0>(a));
  p.param.annotation = std::move(at_c<1>(a));
  p.param.default_value = std::move(at_c<2>(a));
};

// ---- rule definitions ----
auto const test_def = nest[lambdef | ternary];
auto const ternary_def = (or_test >> -if_tail)[located(act_ternary)];
auto const if_tail_def = tok(K::KwIf) >> or_test >> -(tok(K::KwElse) >> test);
auto const test_nocond_def = lambdef_nocond | or_test;
auto const namedexpr_test_def = named_expr | test;
auto const named_expr_def = name_node >> tok(K::ColonEqual) >> test;
auto const or_test_def =
    (and_test >> *(tok(K::KwOr) >> and_test))[located(act_bool<ast::BoolOp::Or>)];
auto const and_test_def =
    (not_test >> *(tok(K::KwAnd) >> not_test))[located(act_bool<ast::BoolOp::And>)];
auto const not_test_def = nest[not_expr | comparison];
auto const not_expr_def = not_op >> not_test;
auto const comparison_def = (expr >> *cmp_rhs)[located(act_compare)];
auto const cmp_rhs_def = cmpop >> expr;
auto const star_expr_def = (tok(K::Star) >> expr)[located(act_starred)];
auto const expr_def = (factor >> *bin_rhs)[located(act_binchain)];
auto const bin_rhs_def = binop >> factor;
auto const factor_def = nest[unary | power];
auto const unary_def = unop >> factor;
auto const power_def = (postfix >> -(tok(K::DoubleStar) >> factor))[located(act_power)];
auto const postfix_def = (atom >> *trailer)[located(act_postfix)];
auto const trailer_def = (tok(K::Dot) >> name_str)[located(act_attr_trailer)] |
                         (tok(K::LPar) >> arglist >> tok(K::RPar))[located(act_call_trailer)] |
                         (tok(K::LSqb) >> subscriptlist >> tok(K::RSqb))[located(act_sub_trailer)];
auto const atom_def = paren_atom | list_atom | brace_atom | name_node | number | strings | constant;
auto const paren_atom_def = (tok(K::LPar) >> yield_expr >> tok(K::RPar))[located(act_pass)] |
                            (tok(K::LPar) >> -seq_parts >> tok(K::RPar))[located(act_paren)];
auto const list_atom_def = (tok(K::LSqb) >> -seq_parts >> tok(K::RSqb))[located(act_list)];
auto const seq_parts_def = star_or_named >> seq_tail;
auto const seq_tail_def = comp_fors[located(act_seq_comp)] | list_tail_named[located(act_seq_list)];
auto const list_tail_named_def = *(tok(K::Comma) >> star_or_named) >> x3::matches[tok(K::Comma)];
auto const star_or_named_def = star_expr | namedexpr_test;
auto const brace_atom_def = (tok(K::LBrace) >> -brace_parts >> tok(K::RBrace))[located(act_brace)];
auto const brace_parts_def = brace_item >> brace_tail;
auto const brace_item_def = (tok(K::DoubleStar) >> expr)[located(act_item_dstar)] |
                            star_expr[located(act_item_elem)] |
                            (test >> -(tok(K::Colon) >> test))[located(act_item_kv)];
auto const brace_tail_def =
    comp_fors[located(act_bt_comp)] |
    (*(tok(K::Comma) >> brace_item) >> -tok(K::Comma))[located(act_bt_list)];
auto const testlist_star_expr_def = (star_or_test >> list_tail_test)[located(act_tuple)];
auto const star_or_test_def = star_expr | test;
auto const list_tail_test_def = *(tok(K::Comma) >> star_or_test) >> x3::matches[tok(K::Comma)];
auto const exprlist_def = (star_or_expr >> list_tail_expr)[located(act_tuple)];
auto const star_or_expr_def = star_expr | expr;
auto const list_tail_expr_def = *(tok(K::Comma) >> star_or_expr) >> x3::matches[tok(K::Comma)];
auto const subscriptlist_def = (subscript >> list_tail_sub)[located(act_subscripts)];
auto const list_tail_sub_def = *(tok(K::Comma) >> subscript) >> x3::matches[tok(K::Comma)];
auto const subscript_def = star_expr[located(act_pass)] | named_expr[located(act_pass)] |
                           (-test >> -slice_rest)[located(act_subscript)];
auto const slice_rest_def =
    (tok(K::Colon) >> -test >> -(tok(K::Colon) >> -test))[located(act_slice_rest)];
auto const yield_expr_def = (tok(K::KwYield) >> tok(K::KwFrom) >> test)[located(act_yield_from)] |
                            (tok(K::KwYield) >> -testlist_star_expr)[located(act_yield)];
auto const comp_fors_def = +comp_for;
auto const comp_for_def = tok(K::KwFor) >> exprlist >> tok(K::KwIn) >> or_test >>
                          *(tok(K::KwIf) >> test_nocond);
auto const arglist_def = (-(argument % tok(K::Comma) >> -tok(K::Comma)))[located(act_arglist)];
auto const argument_def = (constant >> tok(K::Equal) >> test)[located(act_const_kwarg)] |
                          (name_str >> tok(K::Equal) >> test)[located(act_kwarg)] |
                          (tok(K::Star) >> test)[located(act_arg<ast::ArgKind::Star>)] |
                          (tok(K::DoubleStar) >> test)[located(act_arg<ast::ArgKind::DoubleStar>)] |
                          (namedexpr_test >> -comp_fors)[located(act_pos_arg)];
auto const lambdef_def = tok(K::KwLambda) >> lambda_params >> tok(K::Colon) >> test;
auto const lambdef_nocond_def = tok(K::KwLambda) >> lambda_params >> tok(K::Colon) >> test_nocond;
auto const lambda_params_def =
    (-(lambda_param % tok(K::Comma) >> -tok(K::Comma)))[located(act_params)];
auto const lambda_param_def =
    tok(K::Slash)[located(act_marker_param<ParamItem::Slash>)] |
    (tok(K::DoubleStar) >> name_str >>
     no_default_kw)[located(act_named_param<ParamItem::DoubleStar>)] |
    (tok(K::Star) >> name_str >> no_default_var)[located(act_named_param<ParamItem::Star>)] |
    tok(K::Star)[located(act_marker_param<ParamItem::Star>)] |
    (name_str >> -(tok(K::Equal) >> test))[located(act_plain_param)];
auto const typed_params_def =
    (-(typed_param % tok(K::Comma) >> -tok(K::Comma)))[located(act_params)];
auto const typed_param_def =
    tok(K::Slash)[located(act_marker_param<ParamItem::Slash>)] |
    (tok(K::DoubleStar) >> name_str >> -(tok(K::Colon) >> test) >>
     no_default_kw)[located(act_annotated_param<ParamItem::DoubleStar>)] |
    (tok(K::Star) >> name_str >> -(tok(K::Colon) >> star_or_test) >>
     no_default_var)[located(act_annotated_param<ParamItem::Star>)] |
    tok(K::Star)[located(act_marker_param<ParamItem::Star>)] |
    (name_str >> -(tok(K::Colon) >> test) >> -(tok(K::Equal) >> test))[located(act_plain_tparam)];
auto const eval_input_def = -tok(K::Indent) >> testlist_star_expr >> *tok(K::Newline) >>
                            *tok(K::Dedent) >> tok(K::EndMarker);

}  // namespace

BOOST_SPIRIT_DEFINE(test, namedexpr_test, testlist_star_expr, exprlist, expr, yield_expr, arglist,
                    typed_params, eval_input, ternary, if_tail, test_nocond, named_expr, or_test,
                    and_test, not_test, not_expr, comparison, cmp_rhs, star_expr, bin_rhs, factor,
                    unary, power, postfix, trailer, atom, paren_atom, list_atom, brace_atom,
                    seq_parts, seq_tail, list_tail_named, star_or_named, brace_parts, brace_item,
                    brace_tail, star_or_test, list_tail_test, star_or_expr, list_tail_expr,
                    subscriptlist, list_tail_sub, subscript, slice_rest, comp_fors, comp_for,
                    argument, lambdef, lambdef_nocond, lambda_params, lambda_param, typed_param)

test_type const& get_test() {
  return test;
}
namedexpr_test_type const& get_namedexpr_test() {
  return namedexpr_test;
}
testlist_star_expr_type const& get_testlist_star_expr() {
  return testlist_star_expr;
}
exprlist_type const& get_exprlist() {
  return exprlist;
}
expr_type const& get_expr() {
  return expr;
}
yield_expr_type const& get_yield_expr() {
  return yield_expr;
}
arglist_type const& get_arglist() {
  return arglist;
}
typed_params_type const& get_typed_params() {
  return typed_params;
}
eval_input_type const& get_eval_input() {
  return eval_input;
}

}  // namespace gilt::front::grammar
