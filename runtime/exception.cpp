// BaseException and its built-in subclasses: construction, repr/str, and the attributes every
// exception has (args, __cause__, __context__, __suppress_context__, __traceback__, __dict__).
// The families with more attributes live in exception_kinds.cpp.
#include "runtime/exception.hpp"

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception_kinds.hpp"
#include "runtime/function.hpp"
#include "runtime/init.hpp"
#include "runtime/module.hpp"
#include "runtime/slot_wrappers.hpp"
#include "runtime/str.hpp"
#include "runtime/traceback.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

BaseExceptionObject::BaseExceptionObject(TypeObject* type) : Object(type), args(empty_tuple()) {}
BaseExceptionObject::~BaseExceptionObject() = default;

void init_exception_attributes(BaseExceptionObject* exc, Ref<TupleObject> args) {
  exc->args = std::move(args);
  init_family_attributes(exc);
}

void set_exception_attribute(const Value& exc, std::string_view name, const Value& value) {
  auto* e = exc.as<BaseExceptionObject>();
  if (!e->dict) e->dict = new_dict();
  e->dict->set(name, value);
}

Value get_exception_attribute(const Value& exc, std::string_view name) {
  auto* e = exc.as<BaseExceptionObject>();
  return e->dict ? e->dict->get(name) : Value();
}

Value make_syntax_error(TypeObject* type, std::string_view msg, std::string_view filename,
                        int lineno, int offset, std::string_view text, int end_lineno,
                        int end_offset) {
  Value info = new_tuple({make_str(filename), Value::integer(lineno), Value::integer(offset),
                          make_str(text), Value::integer(end_lineno), Value::integer(end_offset)});
  return new_exception_args(type, new_tuple({make_str(msg), info}));
}

namespace {

BaseExceptionObject* as_exc(const Value& v) {
  return v.as<BaseExceptionObject>();
}

Ref<TupleObject> positional_tuple(const CallArgs& a) {
  if (a.nargs == 0) return empty_tuple();
  return new_tuple(std::vector<Value>(a.args, a.args + a.nargs));
}

CallArgs keywords_only(const CallArgs& a) {
  return CallArgs{a.args + a.nargs, 0, a.kwnames, a.nkw};
}

// BaseException.__new__ keeps every positional argument and ignores keywords (__init__
// judges them), so subclasses with their own __init__ signature still work.
Value exception_new(TypeObject* type, const CallArgs& a) {
  if (type == exc_OSError && a.nargs >= 2 && a.nargs <= 5) type = oserror_subclass_for(a[0]);
  Value exc(new BaseExceptionObject(type));
  init_exception_attributes(as_exc(exc), positional_tuple(a));
  return exc;
}

void exception_init(const Value& self, const CallArgs& a) {
  BaseExceptionObject* exc = as_exc(self);
  init_exception_attributes(exc, positional_tuple(a));
  bind_family_keywords(exc, keywords_only(a));
}

Value exception_repr(const Value& self) {
  BaseExceptionObject* exc = as_exc(self);
  const std::string& name = exc->type->name;
  if (exc->args->size() == 1) return make_str(cat(name, "(", repr_utf8(exc->args->items[0]), ")"));
  return make_str(cat(name, repr_utf8(Value(exc->args))));
}

Value exception_str(const Value& self) {
  BaseExceptionObject* exc = as_exc(self);
  if (std::optional<std::string> text = family_str(exc)) return make_str(*text);
  switch (exc->args->size()) {
    case 0:
      return make_str("");
    case 1:
      return to_str(exc->args->items[0]);
    default:
      return to_str(Value(exc->args));
  }
}

int64_t exception_hash(const Value& self) {
  auto bits = reinterpret_cast<uintptr_t>(self.as_obj());
  return static_cast<int64_t>((bits >> 4) | (bits << (8 * sizeof(bits) - 4))) & INT64_MAX;
}

Value exception_getattr(const Value& self, StrObject* name) {
  BaseExceptionObject* exc = as_exc(self);
  Value v = generic_getattr(self, name, exc->dict.get());
  if (v.is_null() && family_attribute_defaults_to_none(exc->type, name->view())) {
    return Value::none();
  }
  return v;
}

void exception_setattr(const Value& self, StrObject* name, const Value& value) {
  BaseExceptionObject* exc = as_exc(self);
  if (!exc->dict) exc->dict = new_dict();
  generic_setattr(self, name, value, exc->dict.get());
}

// --- the attributes every exception has ---

Value get_args(const Value& self) {
  return Value(as_exc(self)->args);
}
void set_args(const Value& self, const Value& v) {
  if (v.is_null()) raise_type_error("args may not be deleted");
  as_exc(self)->args =
      is_exact(v, tuple_type) ? Ref<TupleObject>::from(v) : new_tuple(to_vector(v));
}

Value none_if_null(const Value& v) {
  return v.is_null() ? Value::none() : v;
}

// __cause__ and __context__ accept None or an exception instance.
Value exception_or_null(const Value& v, const char* what) {
  if (v.is_null() || v.is_none()) return Value();
  if (!is_exception(v)) {
    raise_type_error(cat("exception ", what, " must be None or derive from BaseException"));
  }
  return v;
}

Value get_cause(const Value& self) {
  return none_if_null(as_exc(self)->cause);
}
void set_cause(const Value& self, const Value& v) {
  if (v.is_null()) raise_type_error("__cause__ may not be deleted");
  as_exc(self)->cause = exception_or_null(v, "cause");
  as_exc(self)->suppress_context = true;
}

Value get_context(const Value& self) {
  return none_if_null(as_exc(self)->context);
}
void set_context(const Value& self, const Value& v) {
  if (v.is_null()) raise_type_error("__context__ may not be deleted");
  as_exc(self)->context = exception_or_null(v, "context");
}

Value get_suppress_context(const Value& self) {
  return Value::boolean(as_exc(self)->suppress_context);
}
void set_suppress_context(const Value& self, const Value& v) {
  if (!v.is_bool()) raise_type_error("attribute value type must be bool");
  as_exc(self)->suppress_context = v.as_bool();
}

Value get_traceback(const Value& self) {
  return traceback_of(as_exc(self));
}
void set_traceback_attr(const Value& self, const Value& v) {
  if (v.is_null()) raise_type_error("__traceback__ may not be deleted");
  set_traceback(as_exc(self), v);
}

Value get_dict(const Value& self) {
  BaseExceptionObject* exc = as_exc(self);
  if (!exc->dict) exc->dict = new_dict();
  return Value(exc->dict);
}

// --- methods ---

Value exception_init_method(const CallArgs& a) {
  if (a.nargs == 0 || !is_exception(a[0])) {
    raise_type_error("descriptor '__init__' of 'BaseException' object needs an argument");
  }
  exception_init(a[0], a.shifted());
  return Value::none();
}

Value with_traceback(const CallArgs& a) {
  exact_args(a.shifted(), "BaseException.with_traceback", 1);
  no_kwargs(a, "BaseException.with_traceback");
  set_traceback(as_exc(a[0]), a[1]);
  return a[0];
}

Value add_note(const CallArgs& a) {
  exact_args(a.shifted(), "BaseException.add_note", 1);
  no_kwargs(a, "BaseException.add_note");
  if (!is_str(a[1])) raise_type_error(cat("note must be a str, not '", type_name(a[1]), "'"));
  Value notes = get_exception_attribute(a[0], "__notes__");
  if (notes.is_null()) {
    notes = Value(new_list());
    set_exception_attribute(a[0], "__notes__", notes);
  }
  if (!is_list(notes)) raise_type_error("Cannot add note: __notes__ is not a list");
  notes.as<ListObject>()->items.push_back(a[1]);
  return Value::none();
}

void init_exception_type(TypeObject* t) {
  t->new_ = exception_new;
  t->init = exception_init;
  t->repr = exception_repr;
  t->str = exception_str;
  t->hash = exception_hash;
  t->getattr = exception_getattr;
  t->setattr = exception_setattr;
}

}  // namespace

void init_exception_types() {
#define EXC(name, base) init_exception_type(exc_##name);
#include "runtime/exceptions.def"
#undef EXC
  TypeObject* base = exc_BaseException;
  add_getset(base, "args", get_args, set_args);
  add_getset(base, "__cause__", get_cause, set_cause, "exception cause");
  add_getset(base, "__context__", get_context, set_context, "exception context");
  add_getset(base, "__suppress_context__", get_suppress_context, set_suppress_context);
  add_getset(base, "__traceback__", get_traceback, set_traceback_attr);
  add_getset(base, "__dict__", get_dict);
  add_slot_wrappers<&exc_BaseException>({"__repr__", "__str__"});
  add_method(base, "__init__", exception_init_method,
             "Initialize self.  See help(type(self)) for accurate signature.");
  add_method(base, "with_traceback", with_traceback,
             "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.");
  add_method(base, "add_note", add_note,
             "Exception.add_note(note) --\n    add a note to the exception");
  add_family_getsets();
  init_traceback_type();
  init_module_type();
}

}  // namespace gilt
