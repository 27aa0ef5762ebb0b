// Calling Python functions: argument binding with CPython 3.11's messages (its
// initialize_locals, too_many_positional, missing_arguments and
// positional_only_passed_as_keyword), CALL_FUNCTION_EX's argument preparation, and the entry
// points that start an eval loop (call_function, run_code, run_class_body).
#include <algorithm>
#include <new>

#include "runtime/api.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/vm.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt {

namespace vm {

namespace {

std::string_view qualname_of(const FunctionObject* f) {
  return f->qualname ? f->qualname->view() : std::string_view("?");
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython's format_missing).
std::string join_missing(const std::vector<std::string>& names) {
  size_t n = names.size();
  if (n == 1) return names[0];
  if (n == 2) return cat(names[0], " and ", names[1]);
  std::string out;
  for (size_t i = 0; i + 2 < n; ++i)
    out += names[i] + ", ";
  return cat(out, names[n - 2], ", and ", names[n - 1]);
}

[[noreturn]] void raise_missing(const FunctionObject* f, const Value* fast, size_t start,
                                size_t end, const char* kind) {
  const CodeObject* co = f->code.get();
  std::vector<std::string> names;
  for (size_t i = start; i < end; ++i) {
    if (fast[i].is_null()) names.push_back(quote_str(co->varnames[i]->view()));
  }
  raise_type_error(cat(qualname_of(f), "() missing ", names.size(), " required ", kind, " argument",
                       names.size() == 1 ? "" : "s", ": ", join_missing(names)));
}

[[noreturn]] void raise_too_many_positional(const FunctionObject* f, size_t given,
                                            const Value* fast) {
  const CodeObject* co = f->code.get();
  size_t argcount = static_cast<size_t>(co->argcount);
  size_t kwonly_given = 0;
  for (size_t i = argcount; i < argcount + static_cast<size_t>(co->kwonlyargcount); ++i) {
    if (!fast[i].is_null()) ++kwonly_given;
  }
  size_t defcount = f->defaults ? f->defaults->size() : 0;
  std::string sig;
  bool plural;
  if (defcount) {
    plural = true;
    sig = cat("from ", argcount - defcount, " to ", argcount);
  } else {
    plural = argcount != 1;
    sig = cat(argcount);
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = cat(" positional argument", given != 1 ? "s" : "", " (and ", kwonly_given,
                     " keyword-only argument", kwonly_given != 1 ? "s" : "", ")");
  }
  raise_type_error(cat(qualname_of(f), "() takes ", sig, " positional argument", plural ? "s" : "",
                       " but ", given, kwonly_sig, " ",
                       given == 1 && !kwonly_given ? "was" : "were", " given"));
}

// Called when a keyword matched no parameter of a function without **kwargs: positional-only
// names given as keywords get their own message.
void check_positional_only_keywords(const FunctionObject* f, TupleObject* kwnames) {
  const CodeObject* co = f->code.get();
  std::string names;
  for (int32_t k = 0; k < co->posonlyargcount; ++k) {
    StrObject* posonly = co->varnames[static_cast<size_t>(k)].get();
    for (const Value& kw : kwnames->items) {
      if (kw.as<StrObject>() == posonly || str_equal(kw.as<StrObject>(), posonly)) {
        if (!names.empty()) names += ", ";
        names += kw.as<StrObject>()->view();
      }
    }
  }
  if (!names.empty()) {
    raise_type_error(cat(qualname_of(f),
                         "() got some positional-only arguments passed as keyword arguments: '",
                         names, "'"));
  }
}

// The parameter slot named `key` among the keyword-capable parameters, or -1.
int64_t keyword_slot(const CodeObject* co, StrObject* key, size_t total_args) {
  for (size_t j = static_cast<size_t>(co->posonlyargcount); j < total_args; ++j) {
    if (co->varnames[j].get() == key) return static_cast<int64_t>(j);
  }
  for (size_t j = static_cast<size_t>(co->posonlyargcount); j < total_args; ++j) {
    if (str_equal(co->varnames[j].get(), key)) return static_cast<int64_t>(j);
  }
  return -1;
}

// CPython's initialize_locals: fills the parameter slots of `fast` (all Null on entry) from
// the arguments, defaults and kwdefaults, in CPython's order of checks.
void bind_arguments(const FunctionObject* f, Value* fast, const Value* args, size_t nargs,
                    TupleObject* kwnames) {
  const CodeObject* co = f->code.get();
  const size_t argcount = static_cast<size_t>(co->argcount);
  const size_t total_args = argcount + static_cast<size_t>(co->kwonlyargcount);
  const bool has_varargs = (co->flags & kCodeVarargs) != 0;

  DictObject* kwdict = nullptr;
  if (co->flags & kCodeVarkeywords) {
    Ref<DictObject> d = new_dict();
    kwdict = d.get();
    fast[total_args + (has_varargs ? 1 : 0)] = Value(d);
  }

  const size_t n = std::min(nargs, argcount);
  for (size_t j = 0; j < n; ++j)
    fast[j] = args[j];
  if (has_varargs) {
    fast[total_args] = nargs > n ? Value(new_tuple(std::vector<Value>(args + n, args + nargs)))
                                 : Value(empty_tuple());
  }

  if (kwnames) {
    for (size_t i = 0; i < kwnames->size(); ++i) {
      StrObject* key = kwnames->items[i].as<StrObject>();
      const Value& value = args[nargs + i];
      int64_t j = keyword_slot(co, key, total_args);
      if (j < 0) {
        if (!kwdict) {
          if (co->posonlyargcount) check_positional_only_keywords(f, kwnames);
          raise_type_error(
              cat(qualname_of(f), "() got an unexpected keyword argument '", key->view(), "'"));
        }
        kwdict->set(Value(key), value);
        continue;
      }
      if (!fast[j].is_null()) {
        raise_type_error(
            cat(qualname_of(f), "() got multiple values for argument '", key->view(), "'"));
      }
      fast[j] = value;
    }
  }

  if (nargs > argcount && !has_varargs) raise_too_many_positional(f, nargs, fast);

  if (nargs < argcount) {
    const size_t defcount = f->defaults ? f->defaults->size() : 0;
    const size_t m = argcount - std::min(defcount, argcount);
    for (size_t i = nargs; i < m; ++i) {
      if (fast[i].is_null()) raise_missing(f, fast, 0, m, "positional");
    }
    for (size_t i = n > m ? n - m : 0; i < defcount; ++i) {
      if (fast[m + i].is_null()) fast[m + i] = f->defaults->items[i];
    }
  }

  if (co->kwonlyargcount > 0) {
    bool missing = false;
    for (size_t i = argcount; i < total_args; ++i) {
      if (!fast[i].is_null()) continue;
      if (f->kwdefaults) {
        Value def = f->kwdefaults->get_str(co->varnames[i].get());
        if (!def.is_null()) {
          fast[i] = std::move(def);
          continue;
        }
      }
      missing = true;
    }
    if (missing) raise_missing(f, fast, argcount, total_args, "keyword-only");
  }
}

// The fast locals and cells of a pushed frame (push_frame prepared its code).
size_t slot_count(const CodeObject* co) {
  return co->nlocalsplus;
}

// Turns a mapping into an exact dict for CALL_FUNCTION_EX (the keys are checked later).
Ref<DictObject> kwargs_dict(const Value& kwargs, const Value& func) {
  if (is_exact(kwargs, dict_type)) return Ref<DictObject>::from(kwargs);
  Ref<DictObject> d = new_dict();
  dict_merge(d.get(), kwargs, func);
  return d;
}

}  // namespace

// --- frames for calls ---

Frame* push_call(ThreadState* ts, FunctionObject* f, const Value* args, size_t nargs,
                 TupleObject* kwnames, DictObject* locals) {
  CodeObject* co = f->code.get();
  Frame* frame = push_frame(ts, co, f, f->globals.get(), locals);
  Value* fast = frame->localsplus();
  for (size_t i = 0, n = slot_count(co); i < n; ++i)
    new (fast + i) Value();
  try {
    bind_arguments(f, fast, args, nargs, kwnames);
    if (co->ncells()) init_cells(frame);
  } catch (...) {
    pop_frame(ts, frame, frame->stack_base);
    throw;
  }
  return frame;
}

// --- CALL_FUNCTION_EX ---

void prepare_ex_call(const Value& func, const Value& star, const Value* kwargs, ExCallArgs& out) {
  if (is_tuple(star)) {
    out.values = star.as<TupleObject>()->items;
  } else {
    TypeObject* t = type_of(star);
    if (!t->iter && !t->getitem) {
      raise_type_error(
          cat(function_str(func), " argument after * must be an iterable, not ", t->name));
    }
    out.values = to_vector(star);
  }
  out.npos = out.values.size();
  if (!kwargs) return;
  Ref<DictObject> dict = kwargs_dict(*kwargs, func);
  if (dict->size() == 0) return;
  std::vector<Value> names;
  names.reserve(dict->size());
  out.values.reserve(out.npos + dict->size());
  dict->each([&](const Value& key, const Value& value) {
    if (!is_str(key)) raise_type_error("keywords must be strings");
    names.push_back(Value(intern(key.as<StrObject>()->view())));  // CallArgs wants interned names
    out.values.push_back(value);
  });
  out.kwnames = new_tuple(std::move(names));
}

}  // namespace vm

using vm::NestedLoopScope;

// --- entry points ---

Value call_function(FunctionObject* f, const CallArgs& args) {
  ThreadState* ts = current_thread();
  NestedLoopScope scope(ts);
  Frame* frame = vm::push_call(ts, f, args.args, args.nargs, args.kwnames);
  return vm::eval_frame(ts, frame);
}

Value run_code(CodeObject* code, DictObject* globals, DictObject* locals) {
  ThreadState* ts = current_thread();
  NestedLoopScope scope(ts);
  Frame* frame = vm::push_frame(ts, code, nullptr, globals, locals ? locals : globals);
  Value* fast = frame->localsplus();
  for (size_t i = 0, n = vm::slot_count(code); i < n; ++i)
    new (fast + i) Value();
  if (code->ncells()) {
    try {
      vm::init_cells(frame);
    } catch (...) {
      vm::pop_frame(ts, frame, frame->stack_base);
      throw;
    }
  }
  return vm::eval_frame(ts, frame);
}

Value run_class_body(FunctionObject* body, DictObject* ns) {
  ThreadState* ts = current_thread();
  NestedLoopScope scope(ts);
  Frame* frame = vm::push_call(ts, body, nullptr, 0, nullptr, ns);
  return vm::eval_frame(ts, frame);
}

// --- what builtins read from the running frame ---

DictObject* current_globals() {
  ThreadState* ts = current_thread();
  return ts && ts->frame ? ts->frame->globals : nullptr;
}

Value current_locals() {
  ThreadState* ts = current_thread();
  Frame* f = ts ? ts->frame : nullptr;
  if (!f) return Value();
  if (f->locals) return Value(f->locals);
  // A function's locals(): a snapshot of the bound fast locals, then the cells' contents.
  Ref<DictObject> d = new_dict();
  const CodeObject* co = f->code;
  Value* fast = f->localsplus();
  for (size_t i = 0; i < co->varnames.size(); ++i) {
    if (!fast[i].is_null()) d->set(Value(co->varnames[i].get()), fast[i]);
  }
  Value* cells = f->cells();
  size_t ncellvars = co->cellvars.size();
  for (size_t i = 0; i < static_cast<size_t>(co->ncells()); ++i) {
    const Value& v = cells[i].as<CellObject>()->value;
    if (v.is_null()) continue;
    StrObject* name = i < ncellvars ? co->cellvars[i].get() : co->freevars[i - ncellvars].get();
    d->set(Value(name), v);
  }
  return Value(d);
}

void super_arguments(Value& type, Value& obj) {
  ThreadState* ts = current_thread();
  Frame* f = ts ? ts->frame : nullptr;
  if (!f) raise(exc_RuntimeError, "super(): no current frame");
  const CodeObject* co = f->code;
  if (co->argcount == 0) raise(exc_RuntimeError, "super(): no arguments");
  obj = f->localsplus()[0];
  if (obj.is_null()) {
    // The first parameter may live in a cell (captured by an inner function).
    for (size_t i = 0; i < co->cell2arg.size(); ++i) {
      if (co->cell2arg[i] == 0) obj = f->cells()[i].as<CellObject>()->value;
    }
  }
  if (obj.is_null()) raise(exc_RuntimeError, "super(): arg[0] deleted");
  for (size_t i = 0; i < co->freevars.size(); ++i) {
    if (co->freevars[i]->view() != "__class__") continue;
    const Value& cls = f->cells()[co->cellvars.size() + i].as<CellObject>()->value;
    if (cls.is_null()) raise(exc_RuntimeError, "super(): empty __class__ cell");
    if (!is_instance(cls, type_type)) {
      raise(exc_RuntimeError, cat("super(): __class__ is not a type (", type_name(cls), ")"));
    }
    type = cls;
    return;
  }
  raise(exc_RuntimeError, "super(): __class__ cell not found");
}

}  // namespace gilt
