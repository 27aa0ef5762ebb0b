// def, lambda, class and comprehensions: each compiles its own code object, then the enclosing
// code builds the function with MAKE_FUNCTION (defaults, kw-only defaults, closure cells).
#include "interpreter/compiler/ast_util.hpp"
#include "interpreter/compiler/codegen.hpp"
#include "interpreter/compiler/literals.hpp"
#include "runtime/errors.hpp"
#include "runtime/str.hpp"

namespace gilt::compiler {

// Default values are evaluated where the function is defined: a tuple for the positional ones
// and a dict for the keyword-only ones. Returns MAKE_FUNCTION's flags.
uint32_t Codegen::defaults(const ast::Params& params) {
  uint32_t flags = 0;
  std::vector<const ast::Expr*> positional;
  for (const ast::Param& p : params.posonly)
    if (p.default_value) positional.push_back(&*p.default_value);
  for (const ast::Param& p : params.args)
    if (p.default_value) positional.push_back(&*p.default_value);
  if (!positional.empty()) {
    std::vector<Element> elts;
    for (const ast::Expr* e : positional)
      elts.push_back(Element{e, false});
    std::vector<Const> items(positional.size());
    bool all_const = true;
    for (size_t i = 0; i < positional.size() && all_const; ++i)
      all_const = try_const(*positional[i], &items[i]);
    if (all_const) {
      load_const(const_tuple(items));
    } else {
      starunpack(elts, 0, Build::Tuple);
    }
    flags |= 1;
  }
  std::vector<Const> keys;
  for (const ast::Param& p : params.kwonly) {
    if (!p.default_value) continue;
    keys.push_back(const_str(mangle(unit_->scope->private_name, p.name)));
    expr(*p.default_value);
  }
  if (!keys.empty()) {
    load_const(const_tuple(keys));
    b().emit(Op::BUILD_CONST_KEY_MAP, static_cast<uint32_t>(keys.size()));
    flags |= 2;
  }
  return flags;
}

// Function annotations as CPython 3.11 passes them to MAKE_FUNCTION: a tuple of alternating
// (mangled) names and values, in its order: positional, positional-only, *args, keyword-only,
// **kwargs, return. False when there are none.
bool Codegen::annotations(const ast::Params& params, const boost::optional<ast::Expr>& returns) {
  size_t count = 0;
  auto one = [&](const std::string& name, const boost::optional<ast::Expr>& annotation) {
    if (!annotation) return;
    load_const(const_str(mangle(unit_->scope->private_name, name)));
    expr(*annotation);
    count += 2;
  };
  for (const ast::Param& p : params.args)
    one(p.name, p.annotation);
  for (const ast::Param& p : params.posonly)
    one(p.name, p.annotation);
  if (params.vararg) one(params.vararg->name, params.vararg->annotation);
  for (const ast::Param& p : params.kwonly)
    one(p.name, p.annotation);
  if (params.kwarg) one(params.kwarg->name, params.kwarg->annotation);
  one("return", returns);
  if (count == 0) return false;
  b().emit(Op::BUILD_TUPLE, static_cast<uint32_t>(count));
  return true;
}

// The closure tuple holds the enclosing scope's cells for the code's free variables, in the
// code's freevars order.
void Codegen::make_closure(const Ref<CodeObject>& code, uint32_t flags) {
  if (!code->freevars.empty()) {
    for (const Ref<StrObject>& free : code->freevars) {
      std::string name(free->view());
      uint32_t index;
      if (unit_->is_class() && name == "__class__") {
        index = static_cast<uint32_t>(unit_->cell(name));
      } else if (unit_->scope->scope_of(name) == NameScope::Cell) {
        index = static_cast<uint32_t>(unit_->cellvar_index.at(name));
      } else {
        auto it = unit_->freevar_index.find(name);
        if (it == unit_->freevar_index.end())
          raise(exc_SystemError, cat("compiler bug: no closure cell for '", name, "'"));
        index = static_cast<uint32_t>(unit_->cellvars.size() + it->second);
      }
      b().emit(Op::LOAD_CLOSURE, index);
    }
    b().emit(Op::BUILD_TUPLE, static_cast<uint32_t>(code->freevars.size()));
    flags |= 8;
  }
  load_const(const_code(Value(code)));
  b().emit(Op::MAKE_FUNCTION, flags);
}

// Decorators were evaluated before the function; each is called with the result of the one
// below it ([d func] CALL 0 calls d(func), the "method + self" form).
void Codegen::apply_decorators(const std::vector<ast::Expr>& decorators) {
  for (size_t i = decorators.size(); i-- > 0;) {
    PositionScope pos(*this, ast::loc_of(decorators[i]));
    b().emit(Op::CALL, 0);
  }
}

Ref<CodeObject> Codegen::function_code(const void* node, const std::string& name,
                                       const ast::Params& params,
                                       const std::vector<ast::Stmt>* body,
                                       const ast::Expr* lambda_body, int firstlineno) {
  Scope* scope = table_.scope_for(node);
  if (!scope) raise(exc_SystemError, "compiler bug: no scope for a function");
  enter_unit(scope, name, firstlineno);
  unit_->argcount = static_cast<int>(params.posonly.size() + params.args.size());
  unit_->posonlyargcount = static_cast<int>(params.posonly.size());
  unit_->kwonlyargcount = static_cast<int>(params.kwonly.size());
  if (params.vararg) unit_->flags |= kCodeVarargs;
  if (params.kwarg) unit_->flags |= kCodeVarkeywords;

  // consts[0] is the docstring (or None): MAKE_FUNCTION takes __doc__ from it.
  const ast::Str* doc = body ? docstring(*body) : nullptr;
  b().add_const(doc ? string_const(*doc) : const_none());
  if (scope->generator) {
    b().emit(Op::RETURN_GENERATOR);
    b().emit(Op::POP_TOP);
  }
  if (body) {
    for (size_t i = doc ? 1 : 0; i < body->size(); ++i)
      stmt((*body)[i]);
    if (!body->empty()) b().set_position(to_position(ast::loc_of(body->back())));
    load_none();
    b().emit(Op::RETURN_VALUE);
  } else {
    expr(*lambda_body);
    b().emit(Op::RETURN_VALUE);
  }
  return leave_unit();
}

void Codegen::on(const ast::FunctionDef& s) {
  check_forbidden(s.name, s, NameCtx::Store);
  auto forbidden_param = [&](const ast::Param& p) { check_forbidden(p.name, s, NameCtx::Store); };
  for (const ast::Param& p : s.params.posonly)
    forbidden_param(p);
  for (const ast::Param& p : s.params.args)
    forbidden_param(p);
  if (s.params.vararg) forbidden_param(*s.params.vararg);
  for (const ast::Param& p : s.params.kwonly)
    forbidden_param(p);
  if (s.params.kwarg) forbidden_param(*s.params.kwarg);

  exprs(s.decorators);
  const int firstlineno = s.decorators.empty() ? s.line : ast::loc_of(s.decorators.front()).line;
  uint32_t flags = defaults(s.params);
  if (annotations(s.params, s.returns)) flags |= 4;
  Ref<CodeObject> code = function_code(&s, s.name, s.params, &s.body, nullptr, firstlineno);
  make_closure(code, flags);
  apply_decorators(s.decorators);
  name_op(s.name, NameCtx::Store, s);
}

void Codegen::on(const ast::Lambda& n) {
  auto forbidden_param = [&](const ast::Param& p) { check_forbidden(p.name, n, NameCtx::Store); };
  for (const ast::Param& p : n.params.posonly)
    forbidden_param(p);
  for (const ast::Param& p : n.params.args)
    forbidden_param(p);
  if (n.params.vararg) forbidden_param(*n.params.vararg);
  for (const ast::Param& p : n.params.kwonly)
    forbidden_param(p);
  if (n.params.kwarg) forbidden_param(*n.params.kwarg);
  uint32_t flags = defaults(n.params);
  Ref<CodeObject> code = function_code(&n, "<lambda>", n.params, nullptr, &n.body, n.line);
  make_closure(code, flags);
}

// The class body runs as a function whose locals dict becomes the namespace:
//   PUSH_NULL; LOAD_BUILD_CLASS; MAKE_FUNCTION <body>; LOAD_CONST 'Name'; <bases, keywords>; CALL
// The body first stores __module__ and __qualname__; when a method uses super() or __class__,
// it returns its __class__ cell (also stored as __classcell__) so type creation can fill it.
void Codegen::on(const ast::ClassDef& s) {
  check_forbidden(s.name, s, NameCtx::Store);
  exprs(s.decorators);
  const int firstlineno = s.decorators.empty() ? s.line : ast::loc_of(s.decorators.front()).line;
  Scope* scope = table_.scope_for(&s);
  if (!scope) raise(exc_SystemError, "compiler bug: no scope for a class");
  enter_unit(scope, s.name, firstlineno);
  {
    PositionScope pos(*this, s);
    b().emit(Op::LOAD_NAME, static_cast<uint32_t>(b().add_name("__name__")));
    b().emit(Op::STORE_NAME, static_cast<uint32_t>(b().add_name("__module__")));
    load_const(const_str(unit_->qualname));
    b().emit(Op::STORE_NAME, static_cast<uint32_t>(b().add_name("__qualname__")));
    if (has_annotations(s.body)) b().emit(Op::SETUP_ANNOTATIONS);
  }
  body_with_docstring(s.body, true);
  if (!s.body.empty()) b().set_position(to_position(ast::loc_of(s.body.back())));
  if (scope->needs_class_closure) {
    b().emit(Op::LOAD_CLOSURE, static_cast<uint32_t>(unit_->cell("__class__")));
    b().emit(Op::DUP_TOP);
    b().emit(Op::STORE_NAME, static_cast<uint32_t>(b().add_name("__classcell__")));
  } else {
    load_none();
  }
  b().emit(Op::RETURN_VALUE);
  Ref<CodeObject> code = leave_unit();

  b().emit(Op::PUSH_NULL);
  b().emit(Op::LOAD_BUILD_CLASS);
  make_closure(code, 0);
  load_const(const_str(s.name));
  call_args(s.args, 2, s);
  apply_decorators(s.decorators);
  name_op(s.name, NameCtx::Store, s);
}

// A comprehension is a nested function taking the outermost iterator as its argument `.0`
// (the outermost iterable is evaluated in the enclosing scope); the accumulator (list, set or
// dict) sits under the iterators, LIST_APPEND/SET_ADD/MAP_ADD reach it by depth.
void Codegen::on(const ast::Comprehension& n) {
  Scope* scope = table_.scope_for(&n);
  if (!scope) raise(exc_SystemError, "compiler bug: no scope for a comprehension");
  static const char* const kNames[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
  enter_unit(scope, kNames[static_cast<int>(n.kind)], n.line);
  unit_->argcount = 1;
  const bool generator = n.kind == ast::CompKind::Generator;
  if (generator) {
    b().emit(Op::RETURN_GENERATOR);
    b().emit(Op::POP_TOP);
  } else {
    b().emit(n.kind == ast::CompKind::List  ? Op::BUILD_LIST
             : n.kind == ast::CompKind::Set ? Op::BUILD_SET
                                            : Op::BUILD_MAP,
             0);
  }
  comprehension_loop(n, 0, 0);
  if (generator) load_none();
  b().emit(Op::RETURN_VALUE);
  Ref<CodeObject> code = leave_unit();

  make_closure(code, 0);
  expr(n.fors.front().iter);
  b().emit(Op::GET_ITER);
  b().emit(Op::CALL, 0);  // [function iterator]: called as "method + self"
}

void Codegen::comprehension_loop(const ast::Comprehension& n, size_t index, int depth) {
  const ast::CompFor& f = n.fors[index];
  PositionScope pos(*this, f);
  if (index == 0) {
    b().emit(Op::LOAD_FAST, static_cast<uint32_t>(unit_->varname(".0")));
  } else {
    expr(f.iter);
    b().emit(Op::GET_ITER);
  }
  ++depth;
  Label top = b().new_label(), next = b().new_label(), exhausted = b().new_label();
  b().bind(top);
  b().emit_jump(Op::FOR_ITER, exhausted);
  store(f.target);
  for (const ast::Expr& cond : f.ifs)
    jump_if(cond, next, false);
  if (index + 1 < n.fors.size()) {
    comprehension_loop(n, index + 1, depth);
  } else {
    PositionScope elt_pos(*this, n);
    switch (n.kind) {
      case ast::CompKind::Generator:
        expr(n.elt);
        b().emit(Op::YIELD_VALUE);
        b().emit(Op::POP_TOP);
        break;
      case ast::CompKind::List:
        expr(n.elt);
        b().emit(Op::LIST_APPEND, static_cast<uint32_t>(depth + 1));
        break;
      case ast::CompKind::Set:
        expr(n.elt);
        b().emit(Op::SET_ADD, static_cast<uint32_t>(depth + 1));
        break;
      case ast::CompKind::Dict:
        expr(n.elt);
        expr(*n.value);
        b().emit(Op::MAP_ADD, static_cast<uint32_t>(depth + 1));
        break;
    }
  }
  b().bind(next);
  b().emit_jump(Op::JUMP_BACKWARD, top);
  b().bind(exhausted);
}

}  // namespace gilt::compiler
