// Calls (method calls through LOAD_METHOD, KW_NAMES, CALL_FUNCTION_EX with unpacking),
// attribute and subscript chains, and the displays that share the unpacking helper.
#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/codegen.hpp"
#include "interpreter/compiler/literals.hpp"
#include "runtime/errors.hpp"

namespace gilt::compiler {

static bool has_unpacking(const std::vector<ast::Arg>& args) {
  for (const ast::Arg& a : args)
    if (a.kind == ast::ArgKind::Star || a.kind == ast::ArgKind::DoubleStar) return true;
  return false;
}

bool Codegen::is_simple_call(const ast::Trailer& t) {
  return !has_unpacking(t.args);
}

void Codegen::on(const ast::Postfix& n) {
  postfix(n, n.trailers.size());
}

// `o.m(args)` compiles to LOAD_METHOD + CALL (no bound method object); a plain call needs a
// NULL under its callee, and since each trailer turns the single value on top of the stack into
// the next one, the NULLs of all plain calls in the chain can be pushed before the atom.
void Codegen::postfix(const ast::Postfix& n, size_t count) {
  auto is_method_call = [&](size_t i) {
    return i + 1 < count && n.trailers[i].kind == ast::TrailerKind::Attribute &&
           n.trailers[i + 1].kind == ast::TrailerKind::Call && is_simple_call(n.trailers[i + 1]);
  };
  int nulls = 0;
  for (size_t i = 0; i < count; ++i) {
    if (n.trailers[i].kind != ast::TrailerKind::Call) continue;
    if (i > 0 && is_method_call(i - 1)) continue;
    ++nulls;
  }
  {
    PositionScope pos(*this, ast::loc_of(n.atom));
    for (int i = 0; i < nulls; ++i)
      b().emit(Op::PUSH_NULL);
  }
  expr(n.atom);
  for (size_t i = 0; i < count; ++i) {
    const ast::Trailer& t = n.trailers[i];
    const ast::Loc here = span(n, t);
    PositionScope pos(*this, here);
    switch (t.kind) {
      case ast::TrailerKind::Attribute:
        if (is_method_call(i)) {
          b().emit(Op::LOAD_METHOD, name_index(t.name));
          const ast::Trailer& call = n.trailers[++i];
          const ast::Loc call_loc = span(n, call);
          PositionScope call_pos(*this, call_loc);
          call_args(call.args, 0, call_loc);
        } else {
          b().emit(Op::LOAD_ATTR, name_index(t.name));
        }
        break;
      case ast::TrailerKind::Subscript:
        subscript_index(t.index);
        b().emit(Op::BINARY_SUBSCR);
        break;
      case ast::TrailerKind::Call:
        call_args(t.args, 0, here);
        break;
    }
  }
}

void Codegen::subscript_index(const ast::Expr& index) {
  if (auto* st = ast::get_if<ast::Starred>(index)) {
    PositionScope pos(*this, *st);
    starunpack({Element{&st->value, true}}, 0, Build::Tuple);
    return;
  }
  expr(index);
}

void Codegen::check_keywords(const std::vector<ast::Arg>& args, const ast::Loc& call_loc) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i].kind != ast::ArgKind::Keyword) continue;
    check_forbidden(args[i].name, call_loc, NameCtx::Store);
    for (size_t j = i + 1; j < args.size(); ++j) {
      if (args[j].kind == ast::ArgKind::Keyword && args[j].name == args[i].name)
        ctx_.syntax_error("keyword argument repeated: " + args[i].name, args[j]);
    }
  }
}

void Codegen::call_args(const std::vector<ast::Arg>& args, int pushed, const ast::Loc& call_loc) {
  check_keywords(args, call_loc);
  if (!has_unpacking(args)) {
    size_t n = static_cast<size_t>(pushed);
    std::vector<Const> kwnames;
    for (const ast::Arg& a : args) {
      if (a.kind != ast::ArgKind::Positional) continue;
      expr(a.value);
      ++n;
    }
    for (const ast::Arg& a : args) {
      if (a.kind != ast::ArgKind::Keyword) continue;
      expr(a.value);
      kwnames.push_back(const_str(a.name));
      ++n;
    }
    PositionScope pos(*this, call_loc);
    if (!kwnames.empty())
      b().emit(Op::KW_NAMES, static_cast<uint32_t>(b().add_const(const_tuple(kwnames))));
    b().emit(Op::CALL, check_operand(n, "call arguments"));
    return;
  }
  // With unpacking: NULL f args_tuple [kwargs_dict] CALL_FUNCTION_EX.
  std::vector<Element> positional;
  std::vector<const ast::Arg*> keywords;
  for (const ast::Arg& a : args) {
    switch (a.kind) {
      case ast::ArgKind::Positional:
        positional.push_back(Element{&a.value, false});
        break;
      case ast::ArgKind::Star:
        positional.push_back(Element{&a.value, true});
        break;
      case ast::ArgKind::Keyword:
      case ast::ArgKind::DoubleStar:
        keywords.push_back(&a);
        break;
    }
  }
  if (pushed == 0 && positional.size() == 1 && positional.front().starred) {
    // f(*args): the iterable itself (the VM makes the tuple, with CPython's message for a
    // non-iterable: "f() argument after * must be an iterable, not int").
    expr(*positional.front().expr);
  } else {
    starunpack(positional, pushed, Build::Tuple);
  }
  if (!keywords.empty()) kwargs_dict(keywords);
  PositionScope pos(*this, call_loc);
  b().emit(Op::CALL_FUNCTION_EX, keywords.empty() ? 0 : 1);
}

void Codegen::keyword_group(const std::vector<const ast::Arg*>& keywords, size_t begin,
                            size_t end) {
  const size_t n = end - begin;
  if (n > 1) {
    std::vector<Const> keys;
    for (size_t i = begin; i < end; ++i) {
      expr(keywords[i]->value);
      keys.push_back(const_str(keywords[i]->name));
    }
    load_const(const_tuple(keys));
    b().emit(Op::BUILD_CONST_KEY_MAP, check_operand(n, "keyword arguments"));
    return;
  }
  load_const(const_str(keywords[begin]->name));
  expr(keywords[begin]->value);
  b().emit(Op::BUILD_MAP, 1);
}

void Codegen::kwargs_dict(const std::vector<const ast::Arg*>& keywords) {
  bool have_dict = false;
  size_t seen = 0;  // plain keywords not yet packed into a dict
  for (size_t i = 0; i < keywords.size(); ++i) {
    if (keywords[i]->kind != ast::ArgKind::DoubleStar) {
      ++seen;
      continue;
    }
    if (seen) {
      keyword_group(keywords, i - seen, i);
      if (have_dict) b().emit(Op::DICT_MERGE, 1);
      have_dict = true;
      seen = 0;
    }
    if (!have_dict) {
      b().emit(Op::BUILD_MAP, 0);
      have_dict = true;
    }
    expr(keywords[i]->value);
    b().emit(Op::DICT_MERGE, 1);
  }
  if (seen) {
    keyword_group(keywords, keywords.size() - seen, keywords.size());
    if (have_dict) b().emit(Op::DICT_MERGE, 1);
  }
}

std::vector<Codegen::Element> Codegen::elements(const std::vector<ast::Expr>& elts) {
  std::vector<Element> out;
  out.reserve(elts.size());
  for (const ast::Expr& e : elts) {
    if (auto* s = ast::get_if<ast::Starred>(e)) {
      out.push_back(Element{&s->value, true});
    } else {
      out.push_back(Element{&e, false});
    }
  }
  return out;
}

void Codegen::starunpack(const std::vector<Element>& elts, int pushed, Build kind) {
  const Op build = kind == Build::Set ? Op::BUILD_SET : Op::BUILD_LIST;
  const Op add = kind == Build::Set ? Op::SET_ADD : Op::LIST_APPEND;
  const Op extend = kind == Build::Set ? Op::SET_UPDATE : Op::LIST_EXTEND;
  const size_t n = elts.size();
  bool any_star = false;
  for (const Element& e : elts)
    any_star = any_star || e.starred;

  // Three or more constants: one constant tuple spliced into the new container.
  if (n > 2 && !any_star) {
    std::vector<Const> items(n);
    bool all_const = true;
    for (size_t i = 0; i < n && all_const; ++i)
      all_const = try_const(*elts[i].expr, &items[i]);
    if (all_const) {
      if (kind == Build::Tuple && pushed == 0) {
        load_const(const_tuple(items));
        return;
      }
      b().emit(build, static_cast<uint32_t>(pushed));
      load_const(kind == Build::Set ? const_frozenset(items) : const_tuple(items));
      b().emit(extend, 1);
      if (kind == Build::Tuple) b().emit(Op::LIST_TO_TUPLE);
      return;
    }
  }
  if (!any_star) {
    if (kind == Build::Tuple && n == 0 && pushed == 0) {
      load_const(const_tuple({}));
      return;
    }
    for (const Element& e : elts)
      expr(*e.expr);
    const Op op = kind == Build::Tuple ? Op::BUILD_TUPLE : build;
    b().emit(op, check_operand(n + static_cast<size_t>(pushed), "items in a display"));
    return;
  }
  bool built = false;
  for (size_t i = 0; i < n; ++i) {
    if (elts[i].starred) {
      if (!built) {
        b().emit(build, check_operand(i + static_cast<size_t>(pushed), "items in a display"));
        built = true;
      }
      expr(*elts[i].expr);
      b().emit(extend, 1);
    } else {
      expr(*elts[i].expr);
      if (built) b().emit(add, 1);
    }
  }
  if (kind == Build::Tuple) b().emit(Op::LIST_TO_TUPLE);
}

void Codegen::on(const ast::Display& n) {
  switch (n.kind) {
    case ast::DisplayKind::Tuple: {
      std::vector<Const> items(n.elts.size());
      bool all_const = true;
      for (size_t i = 0; i < n.elts.size() && all_const; ++i)
        all_const = try_const(n.elts[i], &items[i]);
      if (all_const) {
        load_const(const_tuple(items));
      } else {
        starunpack(elements(n.elts), 0, Build::Tuple);
      }
      break;
    }
    case ast::DisplayKind::List:
      starunpack(elements(n.elts), 0, Build::List);
      break;
    case ast::DisplayKind::Set:
      starunpack(elements(n.elts), 0, Build::Set);
      break;
  }
}

// Up to 16 `k: v` pairs per BUILD_MAP (BUILD_CONST_KEY_MAP when all keys are constants); `**m`
// and longer displays merge into the first dict with DICT_UPDATE.
void Codegen::dict_group(const ast::Dict& n, size_t begin, size_t end) {
  const size_t count = end - begin;
  if (count > 1) {
    std::vector<Const> keys(count);
    bool all_const = true;
    for (size_t i = 0; i < count && all_const; ++i)
      all_const = try_const(*n.items[begin + i].key, &keys[i]);
    if (all_const) {
      for (size_t i = begin; i < end; ++i)
        expr(n.items[i].value);
      load_const(const_tuple(keys));
      b().emit(Op::BUILD_CONST_KEY_MAP, static_cast<uint32_t>(count));
      return;
    }
  }
  for (size_t i = begin; i < end; ++i) {
    expr(*n.items[i].key);
    expr(n.items[i].value);
  }
  b().emit(Op::BUILD_MAP, static_cast<uint32_t>(count));
}

void Codegen::on(const ast::Dict& n) {
  constexpr size_t kMaxGroup = 16;
  bool have_dict = false;
  size_t pending = 0;  // `k: v` items not yet in a dict
  auto flush = [&](size_t end) {
    dict_group(n, end - pending, end);
    if (have_dict) b().emit(Op::DICT_UPDATE, 1);
    have_dict = true;
    pending = 0;
  };
  for (size_t i = 0; i < n.items.size(); ++i) {
    if (n.items[i].key) {
      if (++pending == kMaxGroup) flush(i + 1);
      continue;
    }
    if (pending) flush(i);
    if (!have_dict) {
      b().emit(Op::BUILD_MAP, 0);
      have_dict = true;
    }
    expr(n.items[i].value);
    b().emit(Op::DICT_UPDATE, 1);
  }
  if (pending) flush(n.items.size());
  if (!have_dict) b().emit(Op::BUILD_MAP, 0);
}

}  // namespace gilt::compiler
