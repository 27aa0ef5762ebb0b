// The only place the grammar is run: tokens -> AST, or a SyntaxError chosen the way CPython 3.11
// chooses it (tokenizer errors vs parser errors, furthest failure, the "invalid_*" refinements).
#include <algorithm>
#include <functional>

#include "interpreter/grammar/block.hpp"
#include "interpreter/grammar/config.hpp"
#include "interpreter/grammar/deep_stack.hpp"
#include "interpreter/grammar/expr.hpp"
#include "interpreter/lexer.hpp"
#include "interpreter/parse.hpp"

namespace gilt::front {
namespace {

using grammar::Diag;
using grammar::HardError;
using grammar::Iter;

Diag make_diag(const std::vector<Token>& tokens, Iter from) {
  Diag d;
  d.begin = tokens.begin();
  d.end = tokens.end();
  d.furthest = from;
  d.stack_limit = grammar::parser_stack_limit();
  return d;
}

template <typename Rule, typename Attr>
bool run_rule(const Rule& rule, Diag& d, Iter& it, Attr& attr) {
  auto ref = std::ref(d);
  grammar::context_type ctx(ref);
  return rule.parse(it, d.end, ctx, grammar::x3::unused, attr);
}

// Parses `rule` at `at` on its own; returns the end position, or `at` if it does not match.
template <typename Rule>
Iter try_rule_at(const Rule& rule, const std::vector<Token>& tokens, Iter at) {
  Diag d = make_diag(tokens, at);
  Iter it = at;
  ast::Expr e;
  try {
    if (run_rule(rule, d, it, e)) return it;
  } catch (const HardError&) {
  }
  return at;
}

bool is_legacy_name(Iter t) {
  return t->kind == TokenKind::Name && (t->text == "print" || t->text == "exec");
}

// CPython's invalid_legacy_expression: `print x` somewhere before the failure.
std::optional<HardError> legacy_print(const Diag& d, const std::vector<Token>& tokens, Iter f) {
  for (Iter p = f; p > d.begin;) {
    --p;
    if (grammar::is_layout(p->kind)) break;
    if (!is_legacy_name(p) || (p + 1)->kind == TokenKind::LPar) continue;
    if (p > d.begin && (p - 1)->kind == TokenKind::Dot) continue;
    Iter end = try_rule_at(grammar::get_testlist_star_expr(), tokens, p + 1);
    if (end != p + 1 && end >= f) {
      return d.at_range(
          p, end - 1,
          "Missing parentheses in call to '" + p->text + "'. Did you mean " + p->text + "(...)?");
    }
  }
  return std::nullopt;
}

// CPython's invalid_expression: two expressions side by side inside brackets.
std::optional<HardError> forgot_comma(const Diag& d, const std::vector<Token>& tokens, Iter f) {
  auto fi = static_cast<std::size_t>(d.index(f));
  if (fi >= d.disjunction_start.size() || d.disjunction_start[fi] == 0) return std::nullopt;
  int level = 0;
  for (Iter t = d.begin; t != f; ++t) {
    switch (t->kind) {
      case TokenKind::LPar:
      case TokenKind::LSqb:
      case TokenKind::LBrace:
        ++level;
        break;
      case TokenKind::RPar:
      case TokenKind::RSqb:
      case TokenKind::RBrace:
        --level;
        break;
      default:
        break;
    }
  }
  if (level <= 0) return std::nullopt;
  Iter a = d.begin + (d.disjunction_start[fi] - 1);
  if (a->kind == TokenKind::Name) {
    if ((a + 1)->kind == TokenKind::String) return std::nullopt;
    if (a->text == "match" || a->text == "case" || a->text == "_") return std::nullopt;
    if (a + 1 == f && is_legacy_name(a)) return std::nullopt;
  }
  Iter end = try_rule_at(grammar::get_test(), tokens, f);
  if (end == f) return std::nullopt;
  HardError e = d.at_range(a, end - 1, "invalid syntax. Perhaps you forgot a comma?");
  e.token_index = d.index(end);  // CPython looked one token past the second expression
  return e;
}

// The error for a parse that simply stopped at `f` (CPython's _PyPegen_set_syntax_error).
HardError generic_error(const Diag& d, const std::vector<Token>& tokens, Iter f) {
  if (auto e = legacy_print(d, tokens, f)) return *e;
  if (auto e = forgot_comma(d, tokens, f)) return *e;
  if (f->kind == TokenKind::Indent) {
    HardError e = d.at_token(f, "unexpected indent", "IndentationError");
    e.offset = f->end_col;
    e.end_offset = -1;
    return e;
  }
  if (f->kind == TokenKind::Dedent) {
    HardError e = d.at_token(f, "unexpected unindent", "IndentationError");
    e.end_offset = -1;
    return e;
  }
  return d.at_token(f, "invalid syntax");
}

SyntaxErrorInfo to_info(const Source& src, const HardError& e) {
  return src.error(e.type, e.msg, e.line, e.offset, e.end_line, e.end_offset);
}

// A deferred tokenizer error only wins if the parser got that far (or, for an unclosed bracket,
// if the parser's error lies on a later line than the bracket).
SyntaxErrorInfo rank(const Source& src, const LexResult& lex, const Diag& d, const HardError& e) {
  if (!lex.error) return to_info(src, e);
  long err_index = static_cast<long>(lex.tokens.size()) - 1;
  if (e.token_index >= err_index) return lex.error->info;
  if (lex.error->cls == LexErrorClass::UnclosedBracket) {
    // CPython compares the bracket's line with the line of the last token the parser fetched.
    if (d.begin[e.token_index].line > lex.error->bracket_line) return lex.error->info;
  }
  return to_info(src, e);
}

struct RunResult {
  bool ok = false;
  std::optional<HardError> error;
  long fail_index = 0;
};

template <typename Rule, typename Attr>
RunResult run_checked(const Rule& rule, Diag& d, const std::vector<Token>& tokens, Attr& attr) {
  RunResult r;
  try {
    Iter it = d.begin;
    if (run_rule(rule, d, it, attr)) {
      r.ok = true;
      return r;
    }
    r.error = generic_error(d, tokens, d.furthest);
  } catch (const HardError& e) {
    r.error = e;
  }
  r.fail_index = r.error->token_index;
  return r;
}

// Tokenizes `source` and runs `rule` over it into `attr`; the SyntaxError when either fails.
template <typename Rule, typename Attr>
std::optional<SyntaxErrorInfo> parse_here(std::string_view source, const Rule& rule, Attr& attr) {
  Source src(source);
  LexResult lex = tokenize(source);
  if (lex.error && lex.error->cls == LexErrorClass::Raising) return lex.error->info;
  Diag d = make_diag(lex.tokens, lex.tokens.begin());
  RunResult r = run_checked(rule, d, lex.tokens, attr);
  if (r.ok) return std::nullopt;
  return rank(src, lex, d, *r.error);
}

}  // namespace

ParseResult parse_module(std::string_view source) {
  ParseResult result;
  grammar::run_with_parser_stack(source.size(), [&] {
    ast::Module module;
    result.error = parse_here(source, grammar::get_file_input(), module);
    if (!result.error) result.module = std::move(module);
  });
  return result;
}

ExprResult parse_expression(std::string_view source) {
  ExprResult result;
  grammar::run_with_parser_stack(source.size(), [&] {
    ast::Expr expr;
    result.error = parse_here(source, grammar::get_eval_input(), expr);
    if (!result.error) result.expr = std::move(expr);
  });
  return result;
}
InputStatus check_interactive(std::string_view source) {
  LexResult lex = tokenize(source);
  if (lex.error && !lex.error->incomplete) return InputStatus::Error;
  const std::vector<Token>& toks = lex.tokens;
  if (!lex.error && toks.size() == 1) return InputStatus::Complete;  // only ENDMARKER
  Diag d = make_diag(toks, toks.begin());
  ast::Module module;
  RunResult r = run_checked(grammar::get_file_input(), d, toks, module);
  // Where the input runs out: the trailing DEDENT/ENDMARKER (or the lexer's error sentinel).
  long tail = static_cast<long>(toks.size()) - 1;
  while (tail > 0 && (toks[static_cast<std::size_t>(tail) - 1].kind == TokenKind::Dedent))
    --tail;
  if (lex.error) return r.fail_index < tail ? InputStatus::Error : InputStatus::Incomplete;
  if (!r.ok) return r.fail_index >= tail ? InputStatus::Incomplete : InputStatus::Error;
  // A compound statement stays open until an empty line, as in CPython's REPL.
  switch (toks.front().kind) {
    case TokenKind::KwIf:
    case TokenKind::KwWhile:
    case TokenKind::KwFor:
    case TokenKind::KwTry:
    case TokenKind::KwWith:
    case TokenKind::KwDef:
    case TokenKind::KwClass:
    case TokenKind::At:
    case TokenKind::Indent:
      break;
    default:
      return InputStatus::Complete;
  }
  std::string_view s = source;
  if (!s.empty() && s.back() == '\n') s.remove_suffix(1);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  std::size_t nl = s.find_last_of("\r\n");
  std::string_view last = nl == std::string_view::npos ? s : s.substr(nl + 1);
  bool blank = last.find_first_not_of(" \t\f") == std::string_view::npos;
  return blank && nl != std::string_view::npos ? InputStatus::Complete : InputStatus::Incomplete;
}

}  // namespace gilt::front
