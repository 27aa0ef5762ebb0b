// X3 primitives over the token vector, the diagnostics sink that travels in the parse context,
// the locate mixin that fills ast::Loc, and the nesting guard that bounds C++ recursion.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

#include "interpreter/ast.hpp"
#include "interpreter/grammar/diag.hpp"
#include "interpreter/token.hpp"

namespace gilt::front::grammar {

namespace x3 = boost::spirit::x3;

struct diag_tag;

template <typename Context>
Diag& diag_of(Context const& ctx) {
  return x3::get<diag_tag>(ctx).get();
}

// ---------------------------------------------------------------------------------------------
// Primitives. Each records its failure position in the Diag (the furthest-failure rule).

struct tok_parser : x3::parser<tok_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  TokenKind kind;
  constexpr explicit tok_parser(TokenKind k) : kind(k) {}

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    if (first != last && first->kind == kind) {
      ++first;
      return true;
    }
    diag_of(ctx).fail_at(first);
    return false;
  }
};

constexpr tok_parser tok(TokenKind k) {
  return tok_parser(k);
}

// A primitive whose Derived::match(It& it, It last, Attr& out) consumes tokens on success.
template <typename Derived, typename Attr>
struct leaf_parser : x3::parser<Derived> {
  using attribute_type = Attr;
  static bool const has_attribute = true;

  template <typename It, typename Ctx, typename RCtx, typename A>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, A& attr) const {
    Attr value{};
    It it = first;
    if (it != last && static_cast<Derived const*>(this)->match(it, last, value, ctx)) {
      x3::traits::move_to(std::move(value), attr);
      first = it;
      return true;
    }
    diag_of(ctx).fail_at(it > first ? it : first);
    return false;
  }
};

struct name_str_parser : leaf_parser<name_str_parser, std::string> {
  template <typename It, typename Ctx>
  bool match(It& it, It, std::string& out, Ctx const&) const {
    if (it->kind != TokenKind::Name) return false;
    out = it->text;
    ++it;
    return true;
  }
};

struct name_node_parser : leaf_parser<name_node_parser, ast::Name> {
  template <typename It, typename Ctx>
  bool match(It& it, It, ast::Name& out, Ctx const&) const {
    if (it->kind != TokenKind::Name) return false;
    out.id = it->text;
    set_token_loc(out, it, it);
    ++it;
    return true;
  }
};

struct number_parser : leaf_parser<number_parser, ast::Number> {
  template <typename It, typename Ctx>
  bool match(It& it, It, ast::Number& out, Ctx const&) const {
    if (it->kind != TokenKind::Number) return false;
    out.kind = static_cast<ast::NumberKind>(it->flags);
    out.text = it->text;
    set_token_loc(out, it, it);
    ++it;
    return true;
  }
};

// None, True, False and `...`.
struct constant_parser : leaf_parser<constant_parser, ast::Constant> {
  template <typename It, typename Ctx>
  bool match(It& it, It, ast::Constant& out, Ctx const&) const {
    switch (it->kind) {
      case TokenKind::KwNone:
        out.kind = ast::ConstKind::None;
        break;
      case TokenKind::KwTrue:
        out.kind = ast::ConstKind::True;
        break;
      case TokenKind::KwFalse:
        out.kind = ast::ConstKind::False;
        break;
      case TokenKind::Ellipsis:
        out.kind = ast::ConstKind::Ellipsis;
        break;
      default:
        return false;
    }
    set_token_loc(out, it, it);
    ++it;
    return true;
  }
};

// One or more adjacent string literals (implicit concatenation). Raises the literal's decoding
// errors and "cannot mix bytes and nonbytes literals" as CPython's parser does.
struct strings_parser : leaf_parser<strings_parser, ast::Str> {
  template <typename It, typename Ctx>
  bool match(It& it, It last, ast::Str& out, Ctx const& ctx) const {
    if (it->kind != TokenKind::String) return false;
    It first = it;
    for (; it != last && it->kind == TokenKind::String; ++it) {
      if (it->flags & kStrDecodeError) {
        const Diag& d = diag_of(ctx);
        if (it->flags & kStrErrorAtToken) throw d.at_token(it, it->text);
        It after = it;
        while (after != last && after->kind == TokenKind::String)
          ++after;
        throw d.at_token(after, it->text);
      }
      ast::StrPiece p;
      p.value = it->text;
      p.bytes = (it->flags & kStrBytes) != 0;
      p.raw = (it->flags & kStrRaw) != 0;
      p.fstring = (it->flags & kStrFormat) != 0;
      p.body_line = it->line;
      p.body_col = string_body_col(*it);
      set_token_loc(p, it, it);
      if (!out.pieces.empty() && out.pieces.front().bytes != p.bytes) {
        It after = it;
        while (after != last && after->kind == TokenKind::String)
          ++after;
        throw diag_of(ctx).at_token(after, "cannot mix bytes and nonbytes literals");
      }
      out.pieces.push_back(std::move(p));
    }
    set_token_loc(out, first, it - 1);
    return true;
  }
};

// Operators of the flat arithmetic chain.
struct binop_parser : leaf_parser<binop_parser, ast::BinOp> {
  template <typename It, typename Ctx>
  bool match(It& it, It, ast::BinOp& out, Ctx const&) const {
    using K = TokenKind;
    using B = ast::BinOp;
    switch (it->kind) {
      case K::Vbar:
        out = B::BitOr;
        break;
      case K::Circumflex:
        out = B::BitXor;
        break;
      case K::Amper:
        out = B::BitAnd;
        break;
      case K::LeftShift:
        out = B::LShift;
        break;
      case K::RightShift:
        out = B::RShift;
        break;
      case K::Plus:
        out = B::Add;
        break;
      case K::Minus:
        out = B::Sub;
        break;
      case K::Star:
        out = B::Mult;
        break;
      case K::At:
        out = B::MatMult;
        break;
      case K::Slash:
        out = B::Div;
        break;
      case K::DoubleSlash:
        out = B::FloorDiv;
        break;
      case K::Percent:
        out = B::Mod;
        break;
      default:
        return false;
    }
    ++it;
    return true;
  }
};

struct augop_parser : leaf_parser<augop_parser, ast::BinOp> {
  template <typename It, typename Ctx>
  bool match(It& it, It, ast::BinOp& out, Ctx const&) const {
    using K = TokenKind;
    using B = ast::BinOp;
    switch (it->kind) {
      case K::PlusEqual:
        out = B::Add;
        break;
      case K::MinusEqual:
        out = B::Sub;
        break;
      case K::StarEqual:
        out = B::Mult;
        break;
      case K::AtEqual:
        out = B::MatMult;
        break;
      case K::SlashEqual:
        out = B::Div;
        break;
      case K::DoubleSlashEqual:
        out = B::FloorDiv;
        break;
      case K::PercentEqual:
        out = B::Mod;
        break;
      case K::DoubleStarEqual:
        out = B::Pow;
        break;
      case K::LeftShiftEqual:
        out = B::LShift;
        break;
      case K::RightShiftEqual:
        out = B::RShift;
        break;
      case K::VbarEqual:
        out = B::BitOr;
        break;
      case K::CircumflexEqual:
        out = B::BitXor;
        break;
      case K::AmperEqual:
        out = B::BitAnd;
        break;
      default:
        return false;
    }
    ++it;
    return true;
  }
};

// Comparison operators, including the two-token `not in` and `is not`.
struct cmpop_parser : leaf_parser<cmpop_parser, ast::CmpOp> {
  template <typename It, typename Ctx>
  bool match(It& it, It last, ast::CmpOp& out, Ctx const&) const {
    using K = TokenKind;
    using C = ast::CmpOp;
    switch (it->kind) {
      case K::EqEqual:
        out = C::Eq;
        break;
      case K::NotEqual:
        out = C::NotEq;
        break;
      case K::Less:
        out = C::Lt;
        break;
      case K::LessEqual:
        out = C::LtE;
        break;
      case K::Greater:
        out = C::Gt;
        break;
      case K::GreaterEqual:
        out = C::GtE;
        break;
      case K::KwIn:
        out = C::In;
        break;
      case K::KwIs:
        out = C::Is;
        if (it + 1 != last && (it + 1)->kind == K::KwNot) {
          out = C::IsNot;
          ++it;
        }
        break;
      case K::KwNot:
        if (it + 1 == last || (it + 1)->kind != K::KwIn) {
          ++it;  // report a failure at the token after `not`
          return false;
        }
        out = C::NotIn;
        ++it;
        break;
      default:
        return false;
    }
    ++it;
    return true;
  }
};

// `+ - ~` (the `factor` level); `not` is not_op_parser because it binds below comparisons.
struct unop_parser : leaf_parser<unop_parser, ast::UnaryOp> {
  template <typename It, typename Ctx>
  bool match(It& it, It, ast::UnaryOp& out, Ctx const&) const {
    switch (it->kind) {
      case TokenKind::Plus:
        out = ast::UnaryOp::UAdd;
        break;
      case TokenKind::Minus:
        out = ast::UnaryOp::USub;
        break;
      case TokenKind::Tilde:
        out = ast::UnaryOp::Invert;
        break;
      default:
        return false;
    }
    ++it;
    return true;
  }
};

struct not_op_parser : leaf_parser<not_op_parser, ast::UnaryOp> {
  template <typename It, typename Ctx>
  bool match(It& it, It, ast::UnaryOp& out, Ctx const&) const {
    if (it->kind != TokenKind::KwNot) return false;
    out = ast::UnaryOp::Not;
    ++it;
    return true;
  }
};

// After `*args`/`**kwargs`: a '=' is CPython's "var-positional argument cannot have default
// value". Consumes nothing.
struct no_default_parser : x3::parser<no_default_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const char* msg;
  constexpr explicit no_default_parser(const char* m) : msg(m) {}

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    if (first->kind == TokenKind::Equal) throw diag_of(ctx).at_token(first, msg);
    return true;
  }
};

// After `from m import a, b`: a trailing comma is only allowed inside parentheses. Consumes
// nothing.
struct no_trailing_comma_parser : x3::parser<no_trailing_comma_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    if (first->kind == TokenKind::Comma) {
      throw diag_of(ctx).at_token(first + 1,
                                  "trailing comma not allowed without surrounding parentheses");
    }
    return true;
  }
};
constexpr no_trailing_comma_parser no_trailing_comma{};

// Leading dots of a relative import; `...` is one token worth three levels. Needs at least one.
struct dots_parser : leaf_parser<dots_parser, int> {
  template <typename It, typename Ctx>
  bool match(It& it, It last, int& out, Ctx const&) const {
    for (; it != last; ++it) {
      if (it->kind == TokenKind::Dot) {
        out += 1;
      } else if (it->kind == TokenKind::Ellipsis) {
        out += 3;
      } else {
        break;
      }
    }
    return out > 0;
  }
};

// A token CPython forces (`&&':'`): anything else is "expected ':'" at the offending token.
struct forced_parser : x3::parser<forced_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  TokenKind kind;
  constexpr explicit forced_parser(TokenKind k) : kind(k) {}

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    if (first->kind == kind) {
      ++first;
      return true;
    }
    throw diag_of(ctx).at_token(first, std::string("expected '") + token_kind_name(kind) + "'");
  }
};
constexpr forced_parser forced(TokenKind k) {
  return forced_parser(k);
}

// The ':' of a block header, where CPython's invalid_*_stmt rules say "expected ':'" when the
// header ends at NEWLINE instead.
struct header_colon_parser : x3::parser<header_colon_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    if (first->kind == TokenKind::Colon) {
      ++first;
      return true;
    }
    if (first->kind == TokenKind::Newline) throw diag_of(ctx).at_token(first, "expected ':'");
    diag_of(ctx).fail_at(first);
    return false;
  }
};
constexpr header_colon_parser header_colon{};

// The INDENT that must follow a block header's NEWLINE; its absence is CPython's
// "expected an indented block after 'if' statement on line N".
struct indent_parser : x3::parser<indent_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    if (first->kind == TokenKind::Indent) {
      ++first;
      return true;
    }
    throw missing_block_error(diag_of(ctx), first);
  }
};
constexpr indent_parser indent_expected{};

// After a try block: "expected 'except' or 'finally' block".
struct except_or_finally_parser : x3::parser<except_or_finally_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    // A clause that starts but is malformed is CPython's generic error, not this one.
    if (first->kind == TokenKind::KwExcept || first->kind == TokenKind::KwFinally) {
      diag_of(ctx).fail_at(first);
      return false;
    }
    throw missing_except_error(diag_of(ctx), first);
  }
};
constexpr except_or_finally_parser except_or_finally_expected{};

// ---------------------------------------------------------------------------------------------
// Nesting guard: nest[p] parses p one level deeper and refuses to go past kMaxNesting.

template <typename Subject>
struct nest_directive : x3::unary_parser<Subject, nest_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, nest_directive<Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit nest_directive(Subject const& s) : base_type(s) {}

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    Diag& d = diag_of(ctx);
    auto sp = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
    if (d.depth >= kMaxNesting || sp < reinterpret_cast<std::uintptr_t>(d.stack_limit)) {
      throw d.at_token(first, "too many nested parentheses");
    }
    ++d.depth;
    struct Leave {
      int& depth;
      ~Leave() { --depth; }
    } leave{d.depth};
    return this->subject.parse(first, last, ctx, rctx, attr);
  }
};

struct nest_gen {
  template <typename Subject>
  constexpr nest_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& s) const {
    return nest_directive<typename x3::extension::as_parser<Subject>::value_type>(x3::as_parser(s));
  }
};
constexpr nest_gen nest{};

// ---------------------------------------------------------------------------------------------
// Locations

// Fills an unset Loc from the matched token range, ignoring layout tokens at either end (a
// compound statement's range ends at its last statement, not at the DEDENT after it). A Loc that
// is already set belongs to an inner rule (e.g. a parenthesised expression) and is kept.
inline void fill_loc(ast::Loc& l, Iter first, Iter last) {
  if (l.line != 0 || first == last) return;
  Iter e = last;
  while (e - 1 > first && is_layout((e - 1)->kind))
    --e;
  Iter b = first;
  while (b + 1 < e && is_layout(b->kind))
    ++b;
  set_token_loc(l, b, e - 1);
}

template <typename T>
ast::Loc& loc_ref(T& node) {
  return node;
}
template <typename T>
ast::Loc& loc_ref(x3::forward_ast<T>& node) {
  return node.get();
}

template <typename T>
void set_loc(T& attr, Iter first, Iter last) {
  if constexpr (std::is_base_of_v<ast::Loc, T>) fill_loc(attr, first, last);
}
inline void set_loc(ast::Expr& e, Iter first, Iter last) {
  boost::apply_visitor([&](auto& n) { fill_loc(loc_ref(n), first, last); }, e.get());
}
inline void set_loc(ast::Stmt& s, Iter first, Iter last) {
  boost::apply_visitor([&](auto& n) { fill_loc(loc_ref(n), first, last); }, s.get());
}

// `p[located(f)]`: a semantic action that also fills the Loc of the value it built. It is a
// separate action type because Boost 1.74's own action has two gaps for us: a rule whose
// definition has actions hands on_success an unused attribute (so `locate` never sees those
// values), and its _where(ctx) is the range AFTER the match (first is passed after parsing).
// The x3::action specialisation below runs f with a correct _where and then locates _val.
template <typename F>
struct located_action {
  F f;
};
template <typename F>
constexpr located_action<F> located(F f) {
  return {f};
}

// Rule ID mixin: every located rule's ID class derives from it.
struct locate {
  template <typename It, typename Attr, typename Ctx>
  void on_success(It const& first, It const& last, Attr& attr, Ctx const&) const {
    set_loc(attr, first, last);
  }
};

}  // namespace gilt::front::grammar

namespace boost::spirit::x3 {

template <typename Subject, typename F>
struct action<Subject, gilt::front::grammar::located_action<F>>
    : unary_parser<Subject, action<Subject, gilt::front::grammar::located_action<F>>> {
  using base_type = unary_parser<Subject, action<Subject, gilt::front::grammar::located_action<F>>>;
  static bool const is_pass_through_unary = true;
  static bool const has_action = true;

  constexpr action(Subject const& subject, gilt::front::grammar::located_action<F> f)
      : base_type(subject), f(f) {}

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
    typename traits::attribute_of<Subject, Ctx>::type attr{};
    It save = first;
    if (!this->subject.parse(first, last, ctx, rctx, attr)) return false;
    bool pass = true;
    boost::iterator_range<It> rng(save, first);
    auto pass_ctx = make_context<parse_pass_context_tag>(pass, ctx);
    auto val_ctx = make_context<rule_val_context_tag>(rctx, pass_ctx);
    auto where_ctx = make_context<where_context_tag>(rng, val_ctx);
    auto attr_ctx = make_context<attr_context_tag>(attr, where_ctx);
    f.f(attr_ctx);
    if (!pass) {
      first = save;
      return false;
    }
    gilt::front::grammar::set_loc(rctx, save, first);
    return true;
  }

  gilt::front::grammar::located_action<F> f;
};

}  // namespace boost::spirit::x3
