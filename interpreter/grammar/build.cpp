#include "interpreter/grammar/build.hpp"

#include <utility>

namespace gilt::front::grammar {

namespace {

template <typename T>
T* get_mut(ast::Expr& e) {
  if (auto* p = boost::relaxed_get<ast::x3::forward_ast<T>>(&e.get())) return &p->get();
  return nullptr;
}
template <typename T>
T* get_mut(ast::Stmt& s) {
  if (auto* p = boost::relaxed_get<ast::x3::forward_ast<T>>(&s.get())) return &p->get();
  return nullptr;
}

bool is_starred(const ast::Expr& e) {
  return ast::get_if<ast::Starred>(e) != nullptr;
}

ast::Expr make_display(ast::DisplayKind kind, ast::Expr&& first, std::vector<ast::Expr>&& rest) {
  ast::Display d;
  d.kind = kind;
  d.elts.reserve(rest.size() + 1);
  d.elts.push_back(std::move(first));
  for (auto& x : rest)
    d.elts.push_back(std::move(x));
  return ast::Expr{std::move(d)};
}

ast::Expr make_comprehension(const Diag& d, Iter where, ast::CompKind kind, ast::Expr&& elt,
                             std::vector<ast::CompFor>&& fors) {
  if (is_starred(elt)) {
    const ast::Loc& l = ast::loc_of(elt);
    throw d.at_loc(l, l, where, "iterable unpacking cannot be used in comprehension");
  }
  ast::Comprehension c;
  c.kind = kind;
  c.elt = std::move(elt);
  c.fors = std::move(fors);
  return ast::Expr{std::move(c)};
}

// The Loc of the last statement of a suite (for the end of an If chain).
const ast::Loc* last_stmt_loc(const std::vector<ast::Stmt>& body) {
  if (body.empty()) return nullptr;
  const ast::Stmt& s = body.back();
  if (auto* n = ast::get_if<ast::If>(s)) {
    if (auto* l = last_stmt_loc(n->orelse)) return l;
  }
  return &ast::loc_of(s);
}

}  // namespace

bool build_ternary(Diag& d, Iter b, Iter e, ast::Expr&& first, boost::optional<IfTail>&& tail,
                   ast::Expr* out) {
  if (!tail) {
    d.note_disjunction(b, e);
    *out = std::move(first);
    return true;
  }
  if (!tail->orelse) {
    // CPython: `a if b` not followed by `else` (nor by ':', where other rules may apply).
    if (e->kind == TokenKind::KwElse || e->kind == TokenKind::Colon) return false;
    throw d.at_loc(ast::loc_of(first), ast::loc_of(tail->test), e,
                   "expected 'else' after 'if' expression");
  }
  ast::IfExp n;
  n.body = std::move(first);
  n.test = std::move(tail->test);
  n.orelse = std::move(*tail->orelse);
  *out = std::move(n);
  return true;
}

ast::Expr build_boolchain(ast::BoolOp op, ast::Expr&& first, std::vector<ast::Expr>&& rest) {
  if (rest.empty()) return std::move(first);
  ast::BoolChain n;
  n.op = op;
  n.values.reserve(rest.size() + 1);
  n.values.push_back(std::move(first));
  for (auto& x : rest)
    n.values.push_back(std::move(x));
  return ast::Expr{std::move(n)};
}

ast::Expr build_compare(ast::Expr&& first, std::vector<ast::CmpRhs>&& rest) {
  if (rest.empty()) return std::move(first);
  ast::Compare n;
  n.first = std::move(first);
  n.rest = std::move(rest);
  return ast::Expr{std::move(n)};
}

ast::Expr build_binchain(ast::Expr&& first, std::vector<ast::BinRhs>&& rest) {
  if (rest.empty()) return std::move(first);
  ast::BinChain n;
  n.first = std::move(first);
  n.rest = std::move(rest);
  return ast::Expr{std::move(n)};
}

ast::Expr build_power(ast::Expr&& base, boost::optional<ast::Expr>&& exp) {
  if (!exp) return std::move(base);
  ast::Power n;
  n.base = std::move(base);
  n.exp = std::move(*exp);
  return ast::Expr{std::move(n)};
}

ast::Expr build_postfix(ast::Expr&& atom, std::vector<ast::Trailer>&& trailers) {
  if (trailers.empty()) return std::move(atom);
  ast::Postfix n;
  n.atom = std::move(atom);
  n.trailers = std::move(trailers);
  return ast::Expr{std::move(n)};
}

ast::Expr build_starred(ast::Expr&& value) {
  ast::Starred n;
  n.value = std::move(value);
  return ast::Expr{std::move(n)};
}

ast::Expr build_tuple_or_self(ast::Expr&& first, ListTail&& tail) {
  if (tail.rest.empty() && !tail.comma) return std::move(first);
  return make_display(ast::DisplayKind::Tuple, std::move(first), std::move(tail.rest));
}

ast::Expr build_paren(const Diag& d, boost::optional<SeqParts>&& parts) {
  if (!parts) return ast::Expr{ast::Display{}};
  if (!parts->tail.fors.empty()) {
    return make_comprehension(d, d.begin, ast::CompKind::Generator, std::move(parts->first),
                              std::move(parts->tail.fors));
  }
  return build_tuple_or_self(std::move(parts->first), std::move(parts->tail.list));
}

ast::Expr build_list(const Diag& d, boost::optional<SeqParts>&& parts) {
  if (!parts) {
    ast::Display l;
    l.kind = ast::DisplayKind::List;
    return ast::Expr{std::move(l)};
  }
  if (!parts->tail.fors.empty()) {
    return make_comprehension(d, d.begin, ast::CompKind::List, std::move(parts->first),
                              std::move(parts->tail.fors));
  }
  return make_display(ast::DisplayKind::List, std::move(parts->first),
                      std::move(parts->tail.list.rest));
}

ast::Expr build_brace(const Diag& d, Iter b, Iter e, boost::optional<BraceParts>&& parts) {
  if (!parts) return ast::Expr{ast::Dict{}};
  BraceItem& first = parts->first;
  std::vector<BraceItem>& rest = parts->tail.rest;
  if (first.kind == BraceItem::Element) {
    if (!parts->tail.fors.empty()) {
      return make_comprehension(d, b, ast::CompKind::Set, std::move(first.value),
                                std::move(parts->tail.fors));
    }
    ast::Display s;
    s.kind = ast::DisplayKind::Set;
    s.elts.push_back(std::move(first.value));
    for (BraceItem& item : rest) {
      if (item.kind != BraceItem::Element) {
        // `{1, 2: 3}` / `{1, **d}`: CPython's generic error at the ':' or '**'.
        Iter at =
            item.kind == BraceItem::KeyValue
                ? find_token(b, e, ast::loc_of(*item.key).end_line, ast::loc_of(*item.key).end_col)
                : find_token(b, e, item.line, item.col);
        throw d.at_token(at, "invalid syntax");
      }
      s.elts.push_back(std::move(item.value));
    }
    return ast::Expr{std::move(s)};
  }
  if (!parts->tail.fors.empty()) {
    if (first.kind == BraceItem::DoubleStar) {
      throw d.at_loc(first, first, b, "dict unpacking cannot be used in dict comprehension");
    }
    ast::Comprehension c;
    c.kind = ast::CompKind::Dict;
    c.elt = std::move(*first.key);
    c.value = std::move(first.value);
    c.fors = std::move(parts->tail.fors);
    return ast::Expr{std::move(c)};
  }
  ast::Dict dict;
  auto add = [&](BraceItem& item) {
    if (item.kind == BraceItem::Element) {
      HardError err = d.at_loc(item, item, find_token(b, e, item.line, item.col),
                               "':' expected after dictionary key");
      err.end_offset = 0;  // as CPython 3.11 reports it
      throw err;
    }
    ast::DictItem di;
    static_cast<ast::Loc&>(di) = item;
    di.key = std::move(item.key);
    di.value = std::move(item.value);
    dict.items.push_back(std::move(di));
  };
  add(first);
  for (BraceItem& item : rest)
    add(item);
  return ast::Expr{std::move(dict)};
}

bool build_subscript(boost::optional<ast::Expr>&& lower, boost::optional<SliceRest>&& rest,
                     ast::Expr* out) {
  if (!rest) {
    if (!lower) return false;
    *out = std::move(*lower);
    return true;
  }
  ast::Slice s;
  s.lower = std::move(lower);
  s.upper = std::move(rest->upper);
  s.step = std::move(rest->step);
  *out = std::move(s);
  return true;
}

ast::Expr build_yield(bool is_from, boost::optional<ast::Expr>&& value) {
  ast::Yield y;
  y.is_from = is_from;
  y.value = std::move(value);
  return ast::Expr{std::move(y)};
}

std::vector<ast::Arg> build_arglist(const Diag& d, Iter b, Iter e,
                                    boost::optional<std::vector<ast::Arg>>&& opt) {
  std::vector<ast::Arg> args = opt ? std::move(*opt) : std::vector<ast::Arg>{};
  bool seen_keyword = false, seen_dstar = false;
  for (ast::Arg& a : args) {
    switch (a.kind) {
      case ast::ArgKind::Positional: {
        auto* gen = get_mut<ast::Comprehension>(a.value);
        if (gen && gen->line == 0) {  // not parenthesised: it shares the call's parentheses
          if (args.size() > 1) {
            throw d.at_loc(a, a, find_token(b, e, a.line, a.col),
                           "Generator expression must be parenthesized");
          }
          set_token_loc(*gen, b - 1, e);
        }
        // CPython reports these at the token after the offending argument.
        if (seen_dstar || seen_keyword) {
          throw d.at_token(find_token(b, e, a.end_line, a.end_col),
                           seen_dstar ? "positional argument follows keyword argument unpacking"
                                      : "positional argument follows keyword argument");
        }
        break;
      }
      case ast::ArgKind::Star:
        if (seen_dstar) {
          throw d.at_token(find_token(b, e, a.line, a.col),
                           "iterable argument unpacking follows keyword argument unpacking");
        }
        break;
      case ast::ArgKind::Keyword:
        seen_keyword = true;
        break;
      case ast::ArgKind::DoubleStar:
        seen_dstar = true;
        break;
    }
  }
  return args;
}

void check_class_args(const Diag& d, Iter b, Iter e, const std::vector<ast::Arg>& args) {
  for (const ast::Arg& a : args) {
    const auto* gen = ast::get_if<ast::Comprehension>(a.value);
    // build_arglist gave an unparenthesised generator the call's parentheses as its span.
    if (gen && gen->kind == ast::CompKind::Generator &&
        (gen->line < a.line || (gen->line == a.line && gen->col < a.col))) {
      throw d.at_token(find_token(b, e, gen->fors.front().line, gen->fors.front().col),
                       "invalid syntax");
    }
  }
}

ast::Params build_params(const Diag& d, Iter b, Iter e,
                         boost::optional<std::vector<ParamItem>>&& opt) {
  ast::Params p;
  if (!opt) return p;
  auto first_token = [&](const ParamItem& item) { return find_token(b, e, item.line, item.col); };
  bool seen_slash = false, seen_star = false, seen_dstar = false, seen_default = false;
  const ParamItem* bare_star = nullptr;
  for (ParamItem& item : *opt) {
    if (seen_dstar) {
      throw d.at_token(first_token(item), "arguments cannot follow var-keyword argument");
    }
    static_cast<ast::Loc&>(item.param) = item;
    switch (item.kind) {
      case ParamItem::Slash:
        if (seen_slash) throw d.at_token(first_token(item), "/ may appear only once");
        if (seen_star) throw d.at_token(first_token(item), "/ must be ahead of *");
        if (p.args.empty()) throw d.at_token(first_token(item), "invalid syntax");
        seen_slash = true;
        p.posonly = std::move(p.args);
        p.args.clear();
        break;
      case ParamItem::Star:
        if (seen_star) throw d.at_token(first_token(item), "* argument may appear only once");
        seen_star = true;
        if (item.named) {
          p.vararg = std::move(item.param);
        } else {
          bare_star = &item;
        }
        break;
      case ParamItem::DoubleStar:
        seen_dstar = true;
        p.kwarg = std::move(item.param);
        break;
      case ParamItem::Plain:
        if (seen_star) {
          p.kwonly.push_back(std::move(item.param));
          break;
        }
        if (item.param.default_value) {
          seen_default = true;
        } else if (seen_default) {
          throw d.at_token(first_token(item), "non-default argument follows default argument");
        }
        p.args.push_back(std::move(item.param));
        break;
    }
  }
  if (bare_star && p.kwonly.empty()) {
    throw d.at_token(first_token(*bare_star), "named arguments must follow bare *");
  }
  return p;
}

ast::Stmt build_expr_stmt(const Diag& d, Iter b, Iter e, ast::Expr&& first,
                          boost::optional<StmtTail>&& tail) {
  (void)e;
  if (!tail) {
    ast::ExprStmt s;
    s.value = std::move(first);
    return ast::Stmt{std::move(s)};
  }
  switch (tail->kind) {
    case StmtTail::Assign: {
      ast::Assign s;
      s.value = std::move(tail->values.back());
      tail->values.pop_back();
      s.targets.reserve(tail->values.size() + 1);
      s.targets.push_back(std::move(first));
      for (auto& t : tail->values)
        s.targets.push_back(std::move(t));
      return ast::Stmt{std::move(s)};
    }
    case StmtTail::Aug: {
      ast::AugAssign s;
      s.target = std::move(first);
      s.op = tail->op;
      s.value = std::move(tail->values.front());
      return ast::Stmt{std::move(s)};
    }
    case StmtTail::Ann: {
      if (auto* disp = ast::get_if<ast::Display>(first)) {
        const ast::Loc& l = ast::loc_of(first);
        throw d.at_loc(l, l, b,
                       disp->kind == ast::DisplayKind::List
                           ? "only single target (not list) can be annotated"
                           : "only single target (not tuple) can be annotated");
      }
      ast::AnnAssign s;
      s.simple = ast::get_if<ast::Name>(first) != nullptr && b->kind != TokenKind::LPar;
      s.target = std::move(first);
      s.annotation = std::move(tail->values.front());
      s.value = std::move(tail->value);
      return ast::Stmt{std::move(s)};
    }
  }
  return ast::Stmt{};
}

ast::Expr build_condition(const Diag& d, Iter b, Iter e, ast::Expr&& cond,
                          boost::optional<ast::Expr>&& assigned) {
  if (!assigned) return std::move(cond);
  // `if x = 1:` — CPython's invalid_named_expression.
  const ast::Loc& l = ast::loc_of(cond);
  const ast::Loc& r = ast::loc_of(*assigned);
  if (ast::get_if<ast::Name>(cond)) {
    throw d.at_loc(l, r, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  if (auto* p = ast::get_if<ast::Postfix>(cond)) {
    switch (p->trailers.back().kind) {
      case ast::TrailerKind::Attribute:
        throw d.at_loc(l, r, b,
                       "cannot assign to attribute here. Maybe you meant '==' instead of '='?");
      case ast::TrailerKind::Subscript:
        throw d.at_loc(l, r, b,
                       "cannot assign to subscript here. Maybe you meant '==' instead of '='?");
      case ast::TrailerKind::Call:
        break;
    }
  }
  throw d.at_token(find_token(b, e, l.end_line, l.end_col), "invalid syntax");
}

ast::If build_if(ast::Expr&& test, std::vector<ast::Stmt>&& body, std::vector<ast::If>&& elifs,
                 boost::optional<std::vector<ast::Stmt>>&& orelse) {
  ast::If top;
  top.test = std::move(test);
  top.body = std::move(body);
  // Chain the elifs from the innermost out, so each one's end can include what follows it.
  std::vector<ast::Stmt> tail = orelse ? std::move(*orelse) : std::vector<ast::Stmt>{};
  for (auto it = elifs.rbegin(); it != elifs.rend(); ++it) {
    ast::If n = std::move(*it);
    n.orelse = std::move(tail);
    if (const ast::Loc* end = last_stmt_loc(n.orelse)) {
      n.end_line = end->end_line;
      n.end_col = end->end_col;
    }
    tail.clear();
    tail.push_back(ast::Stmt{std::move(n)});
  }
  top.orelse = std::move(tail);
  return top;
}

TryTail build_try_handlers(const Diag& d, Iter b, std::vector<ast::ExceptHandler>&& handlers,
                           boost::optional<std::vector<ast::Stmt>>&& orelse,
                           boost::optional<std::vector<ast::Stmt>>&& finalbody) {
  for (std::size_t i = 0; i + 1 < handlers.size(); ++i) {
    if (!handlers[i].type) {
      throw d.at_loc(handlers[i], handlers[i], b, "default 'except:' must be last");
    }
  }
  TryTail t;
  t.handlers = std::move(handlers);
  if (orelse) t.orelse = std::move(*orelse);
  if (finalbody) t.finalbody = std::move(*finalbody);
  return t;
}

ast::Stmt build_decorated(const Diag& d, std::vector<ast::Expr>&& decorators, ast::Stmt&& def) {
  (void)d;
  if (auto* f = get_mut<ast::FunctionDef>(def)) {
    f->decorators = std::move(decorators);
  } else if (auto* c = get_mut<ast::ClassDef>(def)) {
    c->decorators = std::move(decorators);
  }
  return std::move(def);
}

std::vector<ast::Stmt> flatten(std::vector<std::vector<ast::Stmt>>&& lines) {
  std::vector<ast::Stmt> out;
  std::size_t n = 0;
  for (auto& l : lines)
    n += l.size();
  out.reserve(n);
  for (auto& l : lines) {
    for (auto& s : l)
      out.push_back(std::move(s));
  }
  return out;
}

}  // namespace gilt::front::grammar
