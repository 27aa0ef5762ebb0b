#include "interpreter/compiler/fstring.hpp"

#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/context.hpp"
#include "interpreter/lexer.hpp"
#include "interpreter/parse.hpp"
#include "runtime/errors.hpp"

namespace gilt::compiler {

namespace {

// Moves every location of a field expression parsed from "(" + text + ")" into the source,
// where the text starts at (line0, col0). Nested f-strings' body positions move too, so their
// own fields map correctly when they are parsed in turn.
struct Relocator {
  int line0, col0;

  void fix(int& line, int& col) const {
    if (line <= 0) return;
    if (line == 1) col = col0 + col - 1;
    line = line0 + line - 1;
  }
  void loc(ast::Loc& l) const {
    fix(l.line, l.col);
    fix(l.end_line, l.end_col);
  }
  void expr(ast::Expr& e) const {
    boost::apply_visitor([&](auto& n) { node(unbox_mut(n)); }, e.get());
  }
  void opt(boost::optional<ast::Expr>& e) const {
    if (e) expr(*e);
  }
  void param(ast::Param& p) const {
    loc(p);
    opt(p.annotation);
    opt(p.default_value);
  }
  void node(ast::Name& n) const { loc(n); }
  void node(ast::Constant& n) const { loc(n); }
  void node(ast::Number& n) const { loc(n); }
  void node(ast::Str& n) const {
    loc(n);
    for (ast::StrPiece& p : n.pieces) {
      loc(p);
      fix(p.body_line, p.body_col);
    }
  }
  void node(ast::BinChain& n) const {
    loc(n);
    expr(n.first);
    for (ast::BinRhs& r : n.rest) {
      loc(r);
      expr(r.rhs);
    }
  }
  void node(ast::Power& n) const {
    loc(n);
    expr(n.base);
    expr(n.exp);
  }
  void node(ast::Unary& n) const {
    loc(n);
    expr(n.operand);
  }
  void node(ast::Compare& n) const {
    loc(n);
    expr(n.first);
    for (ast::CmpRhs& r : n.rest) {
      loc(r);
      expr(r.rhs);
    }
  }
  void node(ast::BoolChain& n) const {
    loc(n);
    for (ast::Expr& v : n.values)
      expr(v);
  }
  void node(ast::IfExp& n) const {
    loc(n);
    expr(n.body);
    expr(n.test);
    expr(n.orelse);
  }
  void node(ast::Lambda& n) const {
    loc(n);
    ast::Params& p = n.params;
    loc(p);
    for (ast::Param& x : p.posonly)
      param(x);
    for (ast::Param& x : p.args)
      param(x);
    if (p.vararg) param(*p.vararg);
    for (ast::Param& x : p.kwonly)
      param(x);
    if (p.kwarg) param(*p.kwarg);
    expr(n.body);
  }
  void node(ast::NamedExpr& n) const {
    loc(n);
    loc(n.target);
    expr(n.value);
  }
  void node(ast::Postfix& n) const {
    loc(n);
    expr(n.atom);
    for (ast::Trailer& t : n.trailers) {
      loc(t);
      for (ast::Arg& a : t.args) {
        loc(a);
        expr(a.value);
      }
      expr(t.index);
    }
  }
  void node(ast::Starred& n) const {
    loc(n);
    expr(n.value);
  }
  void node(ast::Display& n) const {
    loc(n);
    for (ast::Expr& e : n.elts)
      expr(e);
  }
  void node(ast::Dict& n) const {
    loc(n);
    for (ast::DictItem& i : n.items) {
      loc(i);
      opt(i.key);
      expr(i.value);
    }
  }
  void node(ast::Comprehension& n) const {
    loc(n);
    expr(n.elt);
    opt(n.value);
    for (ast::CompFor& f : n.fors) {
      loc(f);
      expr(f.target);
      expr(f.iter);
      for (ast::Expr& c : f.ifs)
        expr(c);
    }
  }
  void node(ast::Yield& n) const {
    loc(n);
    opt(n.value);
  }
  void node(ast::Slice& n) const {
    loc(n);
    opt(n.lower);
    opt(n.upper);
    opt(n.step);
  }
};

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

class PieceParser {
 public:
  PieceParser(const CompileContext& ctx, const ast::Str& str, const ast::StrPiece& piece)
      : ctx_(ctx), str_(str), piece_(piece), body_(piece.value) {}

  // The whole body at nesting level 0.
  void parse(std::vector<FStringPart>& out) {
    parse_parts(out, 0);
    if (pos_ < body_.size()) error("f-string: single '}' is not allowed");
  }

 private:
  // f-string errors are reported where CPython 3.11 reports them: just past the literal.
  [[noreturn]] void error(const std::string& msg) const {
    ctx_.syntax_error_at(msg, str_.end_line, str_.end_col + 1, str_.end_line, str_.end_col + 1);
  }

  static void add_literal(std::vector<FStringPart>& out, std::string text) {
    if (text.empty()) return;
    if (!out.empty() && !out.back().field) {
      out.back().literal += text;
    } else {
      out.push_back(FStringPart{std::move(text), nullptr});
    }
  }

  // Texts and fields up to the end of the body or (nested levels) a '}' left unconsumed.
  void parse_parts(std::vector<FStringPart>& out, int level) {
    while (true) {
      add_literal(out, scan_literal(level));
      if (pos_ >= body_.size() || body_[pos_] == '}') return;
      scan_field(out, level);
    }
  }

  // Literal text up to a field's '{' (or a '}'); at level 0 `{{`/`}}` stand for one brace.
  std::string scan_literal(int level) {
    std::string raw;
    const size_t end = body_.size();
    while (pos_ < end) {
      char ch = body_[pos_++];
      if (!piece_.raw && ch == '\\' && pos_ < end) {
        raw += '\\';
        ch = body_[pos_++];
        if (ch == 'N') {
          // "\N{NAME}": these braces belong to the escape, not to a field.
          raw += 'N';
          if (pos_ < end && body_[pos_] == '{') {
            while (pos_ < end) {
              char c = body_[pos_++];
              raw += c;
              if (c == '}') break;
            }
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (level == 0) {
          if (pos_ < end && body_[pos_] == ch) {
            raw += ch;
            ++pos_;
            continue;
          }
          if (ch == '}') error("f-string: single '}' is not allowed");
        }
        --pos_;
        break;
      }
      raw += ch;
    }
    if (piece_.raw || raw.empty()) return raw;
    std::string decoded, message;
    if (!front::decode_string_body(raw, false, &decoded, &message)) error(message);
    return decoded;
  }

  // A replacement field starting at the '{' under pos_.
  void scan_field(std::vector<FStringPart>& out, int level) {
    if (level >= 2) error("f-string: expressions nested too deeply");
    const size_t end = body_.size();
    ++pos_;  // '{'
    const size_t expr_start = pos_;
    char quote = 0;
    int quote_len = 0;
    std::string brackets;
    for (; pos_ < end; ++pos_) {
      char ch = body_[pos_];
      if (ch == '\\') error("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch != quote) continue;
        if (quote_len == 3) {
          if (pos_ + 2 < end && body_[pos_ + 1] == ch && body_[pos_ + 2] == ch) {
            pos_ += 2;
            quote = 0;
          }
        } else {
          quote = 0;
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (pos_ + 2 < end && body_[pos_ + 1] == ch && body_[pos_ + 2] == ch) {
          quote_len = 3;
          pos_ += 2;
        } else {
          quote_len = 1;
        }
        quote = ch;
        continue;
      }
      if (ch == '[' || ch == '{' || ch == '(') {
        if (brackets.size() >= 200) error("f-string: too many nested parenthesis");
        brackets += ch;
        continue;
      }
      if (ch == '#') error("f-string expression part cannot include '#'");
      if (brackets.empty() &&
          (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (pos_ + 1 < end) {
          char next = body_[pos_ + 1];
          if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
            ++pos_;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      }
      if (ch == ']' || ch == '}' || ch == ')') {
        if (brackets.empty()) error(cat("f-string: unmatched '", ch, "'"));
        char open = brackets.back();
        brackets.pop_back();
        if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
              (open == '{' && ch == '}')))
          error(cat("f-string: closing parenthesis '", ch, "' does not match opening parenthesis '",
                    open, "'"));
      }
    }
    const size_t expr_end = pos_;
    if (quote) error("f-string: unterminated string");
    if (!brackets.empty()) error(cat("f-string: unmatched '", brackets.back(), "'"));
    if (pos_ >= end) error("f-string: expecting '}'");

    auto field = std::make_unique<FStringField>();
    field->expr = parse_expression(expr_start, expr_end);

    std::string debug_text;
    if (body_[pos_] == '=') {
      ++pos_;
      while (pos_ < end && is_ascii_space(body_[pos_]))
        ++pos_;
      debug_text = std::string(body_.substr(expr_start, pos_ - expr_start));
    }
    if (pos_ < end && body_[pos_] == '!') {
      ++pos_;
      if (pos_ >= end) error("f-string: expecting '}'");
      char conv = body_[pos_++];
      if (conv == 's')
        field->conversion = 1;
      else if (conv == 'r')
        field->conversion = 2;
      else if (conv == 'a')
        field->conversion = 3;
      else
        error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    if (pos_ >= end) error("f-string: expecting '}'");
    if (body_[pos_] == ':') {
      ++pos_;
      if (pos_ >= end) error("f-string: expecting '}'");
      field->has_spec = true;
      parse_parts(field->spec, level + 1);
    }
    if (pos_ >= end || body_[pos_] != '}') error("f-string: expecting '}'");
    ++pos_;
    if (!debug_text.empty() && !field->has_spec && field->conversion == 0) field->conversion = 2;
    add_literal(out, std::move(debug_text));
    out.push_back(FStringPart{std::string(), std::move(field)});
  }

  // Where body offset `off` is in the source (line, 0-based byte column).
  void source_position(size_t off, int* line, int* col) const {
    *line = piece_.body_line;
    *col = piece_.body_col;
    for (size_t i = 0; i < off && i < body_.size(); ++i) {
      if (body_[i] == '\n') {
        ++*line;
        *col = 0;
      } else {
        ++*col;
      }
    }
  }

  ast::Expr parse_expression(size_t start, size_t stop) {
    std::string_view text = body_.substr(start, stop - start);
    bool blank = true;
    for (char c : text)
      blank = blank && is_ascii_space(c);
    if (blank) {
      char c = body_[pos_];
      if (c == '!' || c == ':' || c == '=')
        error(cat("f-string: expression required before '", c, "'"));
      error("f-string: empty expression not allowed");
    }
    int line0 = 0, col0 = 0;
    source_position(start, &line0, &col0);
    std::string wrapped = "(" + std::string(text) + ")";
    front::ExprResult result = front::parse_expression(wrapped);
    if (result.error) {
      // CPython 3.11 reports these relative to the parenthesised field text.
      front::SyntaxErrorInfo info = *result.error;
      info.msg = "f-string: " + info.msg;
      if (info.line > 0) info.line = line0 + info.line - 1;
      if (info.end_line > 0) info.end_line = line0 + info.end_line - 1;
      ctx_.raise(info);
    }
    ast::Expr e = std::move(*result.expr);
    Relocator{line0, col0}.expr(e);
    return e;
  }

  const CompileContext& ctx_;
  const ast::Str& str_;
  const ast::StrPiece& piece_;
  std::string_view body_;
  size_t pos_ = 0;
};

}  // namespace

const FStringValue& FStringTable::get(const CompileContext& ctx, const ast::Str& s) {
  auto it = table_.find(&s);
  if (it != table_.end()) return *it->second;
  auto value = std::make_unique<FStringValue>();
  for (const ast::StrPiece& piece : s.pieces) {
    if (!piece.fstring) {
      std::vector<FStringPart>& parts = value->parts;
      if (piece.value.empty()) continue;
      if (!parts.empty() && !parts.back().field) {
        parts.back().literal += piece.value;
      } else {
        parts.push_back(FStringPart{piece.value, nullptr});
      }
      continue;
    }
    std::vector<FStringPart> parts;
    PieceParser(ctx, s, piece).parse(parts);
    for (FStringPart& p : parts) {
      if (!p.field && !value->parts.empty() && !value->parts.back().field) {
        value->parts.back().literal += p.literal;
      } else {
        value->parts.push_back(std::move(p));
      }
    }
  }
  return *table_.emplace(&s, std::move(value)).first->second;
}

}  // namespace gilt::compiler
