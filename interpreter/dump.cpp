// `gilt --tokens` and `gilt --ast`: readable dumps of the front end's output.
#include <cstdio>
#include <string>

#include "interpreter/lexer.hpp"
#include "interpreter/parse.hpp"

namespace gilt::front {
namespace {

std::string quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\\' || c == '\'') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "'";
}

std::string span(const ast::Loc& l) {
  return " @" + std::to_string(l.line) + ":" + std::to_string(l.col) + "-" +
         std::to_string(l.end_line) + ":" + std::to_string(l.end_col);
}

const char* kind_name(ast::DisplayKind k) {
  switch (k) {
    case ast::DisplayKind::Tuple:
      return "Tuple";
    case ast::DisplayKind::List:
      return "List";
    case ast::DisplayKind::Set:
      return "Set";
  }
  return "?";
}

const char* kind_name(ast::CompKind k) {
  switch (k) {
    case ast::CompKind::List:
      return "ListComp";
    case ast::CompKind::Set:
      return "SetComp";
    case ast::CompKind::Dict:
      return "DictComp";
    case ast::CompKind::Generator:
      return "GeneratorExp";
  }
  return "?";
}

class Dumper {
 public:
  std::string out;

  void line(int depth, const std::string& text) {
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    out += text;
    out += '\n';
  }

  void expr(const ast::Expr& e, int d) {
    boost::apply_visitor([&](const auto& n) { node(unbox(n), d); }, e.get());
  }
  void opt(const char* label, const boost::optional<ast::Expr>& e, int d) {
    if (!e) return;
    line(d, label);
    expr(*e, d + 1);
  }
  void exprs(const char* label, const std::vector<ast::Expr>& v, int d) {
    if (v.empty()) return;
    line(d, label);
    for (const auto& e : v)
      expr(e, d + 1);
  }
  void stmt(const ast::Stmt& s, int d) {
    boost::apply_visitor([&](const auto& n) { node(unbox(n), d); }, s.get());
  }
  void body(const char* label, const std::vector<ast::Stmt>& v, int d) {
    if (v.empty()) return;
    line(d, label);
    for (const auto& s : v)
      stmt(s, d + 1);
  }

 private:
  template <typename T>
  static const T& unbox(const T& n) {
    return n;
  }
  template <typename T>
  static const T& unbox(const ast::x3::forward_ast<T>& n) {
    return n.get();
  }

  void node(const ast::Name& n, int d) { line(d, "Name " + n.id + span(n)); }
  void node(const ast::Constant& n, int d) {
    static const char* const k[] = {"None", "True", "False", "Ellipsis"};
    line(d, std::string("Constant ") + k[static_cast<int>(n.kind)] + span(n));
  }
  void node(const ast::Number& n, int d) {
    static const char* const k[] = {"Int", "Float", "Imaginary"};
    line(d, std::string("Number ") + k[static_cast<int>(n.kind)] + " " + n.text + span(n));
  }
  void node(const ast::Str& n, int d) {
    line(d, "Str" + span(n));
    for (const auto& p : n.pieces) {
      std::string flags =
          std::string(p.bytes ? "b" : "") + (p.raw ? "r" : "") + (p.fstring ? "f" : "");
      line(d + 1, flags + quote(p.value) + span(p));
    }
  }
  void node(const ast::BinChain& n, int d) {
    line(d, "BinChain" + span(n));
    expr(n.first, d + 1);
    for (const auto& r : n.rest) {
      line(d + 1, std::string(ast::op_text(r.op)));
      expr(r.rhs, d + 1);
    }
  }
  void node(const ast::Power& n, int d) {
    line(d, "Power" + span(n));
    expr(n.base, d + 1);
    expr(n.exp, d + 1);
  }
  void node(const ast::Unary& n, int d) {
    line(d, std::string("Unary ") + ast::op_text(n.op) + span(n));
    expr(n.operand, d + 1);
  }
  void node(const ast::Compare& n, int d) {
    line(d, "Compare" + span(n));
    expr(n.first, d + 1);
    for (const auto& r : n.rest) {
      line(d + 1, std::string(ast::op_text(r.op)));
      expr(r.rhs, d + 1);
    }
  }
  void node(const ast::BoolChain& n, int d) {
    line(d, std::string("BoolChain ") + ast::op_text(n.op) + span(n));
    for (const auto& v : n.values)
      expr(v, d + 1);
  }
  void node(const ast::IfExp& n, int d) {
    line(d, "IfExp" + span(n));
    expr(n.body, d + 1);
    expr(n.test, d + 1);
    expr(n.orelse, d + 1);
  }
  void params(const ast::Params& p, int d) {
    auto one = [&](const char* kind, const ast::Param& q) {
      line(d, std::string(kind) + " " + q.name);
      opt("annotation:", q.annotation, d + 1);
      opt("default:", q.default_value, d + 1);
    };
    for (const auto& q : p.posonly)
      one("posonly", q);
    for (const auto& q : p.args)
      one("arg", q);
    if (p.vararg) one("vararg", *p.vararg);
    for (const auto& q : p.kwonly)
      one("kwonly", q);
    if (p.kwarg) one("kwarg", *p.kwarg);
  }
  void node(const ast::Lambda& n, int d) {
    line(d, "Lambda" + span(n));
    params(n.params, d + 1);
    expr(n.body, d + 1);
  }
  void node(const ast::NamedExpr& n, int d) {
    line(d, "NamedExpr" + span(n));
    node(n.target, d + 1);
    expr(n.value, d + 1);
  }
  void args(const std::vector<ast::Arg>& v, int d) {
    static const char* const k[] = {"", "*", "", "**"};
    for (const auto& a : v) {
      line(d, "Arg " + std::string(k[static_cast<int>(a.kind)]) +
                  (a.kind == ast::ArgKind::Keyword ? a.name + "=" : "") + span(a));
      expr(a.value, d + 1);
    }
  }
  void node(const ast::Postfix& n, int d) {
    line(d, "Postfix" + span(n));
    expr(n.atom, d + 1);
    for (const auto& t : n.trailers) {
      switch (t.kind) {
        case ast::TrailerKind::Attribute:
          line(d + 1, "." + t.name + span(t));
          break;
        case ast::TrailerKind::Call:
          line(d + 1, "Call" + span(t));
          args(t.args, d + 2);
          break;
        case ast::TrailerKind::Subscript:
          line(d + 1, "Subscript" + span(t));
          expr(t.index, d + 2);
          break;
      }
    }
  }
  void node(const ast::Starred& n, int d) {
    line(d, "Starred" + span(n));
    expr(n.value, d + 1);
  }
  void node(const ast::Display& n, int d) {
    line(d, std::string(kind_name(n.kind)) + span(n));
    for (const auto& e : n.elts)
      expr(e, d + 1);
  }
  void node(const ast::Dict& n, int d) {
    line(d, "Dict" + span(n));
    for (const auto& item : n.items) {
      if (item.key) {
        line(d + 1, "key:");
        expr(*item.key, d + 2);
        line(d + 1, "value:");
      } else {
        line(d + 1, "**");
      }
      expr(item.value, d + 2);
    }
  }
  void node(const ast::Comprehension& n, int d) {
    line(d, std::string(kind_name(n.kind)) + span(n));
    expr(n.elt, d + 1);
    opt("value:", n.value, d + 1);
    for (const auto& f : n.fors) {
      line(d + 1, "for" + span(f));
      expr(f.target, d + 2);
      line(d + 1, "in");
      expr(f.iter, d + 2);
      exprs("if", f.ifs, d + 1);
    }
  }
  void node(const ast::Yield& n, int d) {
    line(d, std::string(n.is_from ? "YieldFrom" : "Yield") + span(n));
    if (n.value) expr(*n.value, d + 1);
  }
  void node(const ast::Slice& n, int d) {
    line(d, "Slice" + span(n));
    opt("lower:", n.lower, d + 1);
    opt("upper:", n.upper, d + 1);
    opt("step:", n.step, d + 1);
  }

  void node(const ast::SimpleStmt& n, int d) {
    static const char* const k[] = {"Pass", "Break", "Continue"};
    line(d, k[static_cast<int>(n.kind)] + span(n));
  }
  void node(const ast::ExprStmt& n, int d) {
    line(d, "Expr" + span(n));
    expr(n.value, d + 1);
  }
  void node(const ast::Assign& n, int d) {
    line(d, "Assign" + span(n));
    exprs("targets:", n.targets, d + 1);
    line(d + 1, "value:");
    expr(n.value, d + 2);
  }
  void node(const ast::AugAssign& n, int d) {
    line(d, std::string("AugAssign ") + ast::op_text(n.op) + "=" + span(n));
    expr(n.target, d + 1);
    expr(n.value, d + 1);
  }
  void node(const ast::AnnAssign& n, int d) {
    line(d, std::string("AnnAssign") + (n.simple ? " simple" : "") + span(n));
    expr(n.target, d + 1);
    line(d + 1, "annotation:");
    expr(n.annotation, d + 2);
    opt("value:", n.value, d + 1);
  }
  void node(const ast::Return& n, int d) {
    line(d, "Return" + span(n));
    if (n.value) expr(*n.value, d + 1);
  }
  void node(const ast::Raise& n, int d) {
    line(d, "Raise" + span(n));
    opt("exc:", n.exc, d + 1);
    opt("cause:", n.cause, d + 1);
  }
  static std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v)
      s += (s.empty() ? "" : ", ") + x;
    return s;
  }
  void node(const ast::Global& n, int d) { line(d, "Global " + join(n.names) + span(n)); }
  void node(const ast::Nonlocal& n, int d) { line(d, "Nonlocal " + join(n.names) + span(n)); }
  void node(const ast::Del& n, int d) {
    line(d, "Del" + span(n));
    for (const auto& t : n.targets)
      expr(t, d + 1);
  }
  void node(const ast::Assert& n, int d) {
    line(d, "Assert" + span(n));
    expr(n.test, d + 1);
    opt("msg:", n.msg, d + 1);
  }
  void aliases(const std::vector<ast::Alias>& v, int d) {
    for (const auto& a : v)
      line(d, a.name + (a.asname.empty() ? "" : " as " + a.asname));
  }
  void node(const ast::Import& n, int d) {
    line(d, "Import" + span(n));
    aliases(n.names, d + 1);
  }
  void node(const ast::ImportFrom& n, int d) {
    line(d,
         "ImportFrom " + std::string(static_cast<std::size_t>(n.level), '.') + n.module + span(n));
    aliases(n.names, d + 1);
  }
  void node(const ast::If& n, int d) {
    line(d, "If" + span(n));
    expr(n.test, d + 1);
    body("body:", n.body, d + 1);
    body("orelse:", n.orelse, d + 1);
  }
  void node(const ast::While& n, int d) {
    line(d, "While" + span(n));
    expr(n.test, d + 1);
    body("body:", n.body, d + 1);
    body("orelse:", n.orelse, d + 1);
  }
  void node(const ast::For& n, int d) {
    line(d, "For" + span(n));
    expr(n.target, d + 1);
    expr(n.iter, d + 1);
    body("body:", n.body, d + 1);
    body("orelse:", n.orelse, d + 1);
  }
  void node(const ast::Try& n, int d) {
    line(d, "Try" + span(n));
    body("body:", n.body, d + 1);
    for (const auto& h : n.handlers) {
      line(d + 1, "except" + (h.name.empty() ? "" : " as " + h.name) + span(h));
      opt("type:", h.type, d + 2);
      body("body:", h.body, d + 2);
    }
    body("orelse:", n.orelse, d + 1);
    body("finally:", n.finalbody, d + 1);
  }
  void node(const ast::With& n, int d) {
    line(d, "With" + span(n));
    for (const auto& item : n.items) {
      line(d + 1, "item" + span(item));
      expr(item.context, d + 2);
      opt("as:", item.vars, d + 2);
    }
    body("body:", n.body, d + 1);
  }
  void node(const ast::FunctionDef& n, int d) {
    line(d, "FunctionDef " + n.name + span(n));
    exprs("decorators:", n.decorators, d + 1);
    params(n.params, d + 1);
    opt("returns:", n.returns, d + 1);
    body("body:", n.body, d + 1);
  }
  void node(const ast::ClassDef& n, int d) {
    line(d, "ClassDef " + n.name + span(n));
    exprs("decorators:", n.decorators, d + 1);
    args(n.args, d + 1);
    body("body:", n.body, d + 1);
  }
};

}  // namespace

std::string dump_tokens(std::string_view source) {
  LexResult lex = tokenize(source);
  std::string out;
  for (const Token& t : lex.tokens) {
    if (t.kind == TokenKind::ErrorToken && lex.error && &t == &lex.tokens.back()) break;
    const char* kind = is_keyword(t.kind)    ? "KEYWORD"
                       : is_operator(t.kind) ? "OP"
                                             : token_kind_name(t.kind);
    char pos[64];
    std::snprintf(pos, sizeof pos, "%d,%d-%d,%d:", t.line, t.col, t.end_line, t.end_col);
    std::string l = pos;
    l.resize(std::max<std::size_t>(l.size() + 1, 20), ' ');
    l += kind;
    l.resize(std::max<std::size_t>(l.size() + 1, 35), ' ');
    out += l + quote(t.text) + "\n";
  }
  if (lex.error) {
    const SyntaxErrorInfo& e = lex.error->info;
    out += e.type + ": " + e.msg + " (line " + std::to_string(e.line) + ", offset " +
           std::to_string(e.offset) + ")\n";
  }
  return out;
}

std::string dump_ast(const ast::Module& module) {
  Dumper d;
  d.line(0, "Module");
  for (const auto& s : module.body)
    d.stmt(s, 1);
  return d.out;
}

std::string dump_ast(const ast::Expr& expr) {
  Dumper d;
  d.expr(expr, 0);
  return d.out;
}

}  // namespace gilt::front
