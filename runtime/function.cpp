// Callables and their types: function, builtin_function_or_method, method (bound methods) and
// cell: constructors, reprs, calls, equality and the attributes CPython gives them.
#include <cstdio>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/generator.hpp"
#include "runtime/init.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/vm.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt {

using vm::is_bound_method;
using vm::is_native;

// --- objects ---

CellObject::CellObject() : Object(cell_type) {}
CellObject::~CellObject() = default;

FunctionObject::FunctionObject(Ref<CodeObject> c, Ref<DictObject> g)
    : Object(function_type), code(std::move(c)), globals(std::move(g)) {
  name = code->name;
  qualname = code->qualname ? code->qualname : code->name;
  module = globals->get_str(intern("__name__"));
  // CPython 3.11: a function's docstring is its code's first constant when that is a str (the
  // compiler puts the docstring, or None, first).
  doc = !code->consts.empty() && is_str(code->consts[0]) ? code->consts[0] : Value::none();
}
FunctionObject::~FunctionObject() = default;

NativeFunctionObject::NativeFunctionObject(const char* n, NativeFn f, const char* d)
    : Object(builtin_function_type), name(n), fn(f), doc(d) {}
NativeFunctionObject::~NativeFunctionObject() = default;

BoundMethodObject::BoundMethodObject(Value f, Value s)
    : Object(method_type), func(std::move(f)), self(std::move(s)) {}
BoundMethodObject::~BoundMethodObject() = default;

void add_method(TypeObject* type, const char* name, NativeFn fn, const char* doc) {
  auto* f = new NativeFunctionObject(name, fn, doc);
  f->is_method = true;
  f->owner = type;
  type->dict->set(Value(intern(name)), Value(f));
  type->modified();
}

void add_function(DictObject* dict, const char* name, NativeFn fn, const char* doc) {
  auto* f = new NativeFunctionObject(name, fn, doc);
  Value module = dict->get_str(intern("__name__"));
  if (is_str(module)) f->module = module;
  dict->set(Value(intern(name)), Value(f));
}

namespace {

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

Value none_if_null(const Value& v) {
  return v.is_null() ? Value::none() : v;
}

// The identity part of the hashes below: an address folded through the int hash.
int64_t address_hash(const void* p) {
  return hash_value(Value::integer(static_cast<int64_t>(reinterpret_cast<uintptr_t>(p) >> 4)));
}

void require_str(const Value& v, const char* attr) {
  if (!is_str(v)) raise_type_error(cat(attr, " must be set to a string object"));
}

// --- function ---

FunctionObject* as_function(const Value& v) {
  return v.as<FunctionObject>();
}

Value function_repr(const Value& self) {
  FunctionObject* f = as_function(self);
  return make_str(cat("<function ", f->qualname->view(), " at ", address(f), ">"));
}

Value function_call(const Value& self, const CallArgs& args) {
  return call_function(as_function(self), args);
}

DictObject* function_dict(FunctionObject* f) {
  if (!f->dict) f->dict = new_dict();
  return f->dict.get();
}

Value function_getattr(const Value& self, StrObject* name) {
  return generic_getattr(self, name, as_function(self)->dict.get());
}

void function_setattr(const Value& self, StrObject* name, const Value& value) {
  generic_setattr(self, name, value, function_dict(as_function(self)));
}

Value get_name(const Value& self) {
  return Value(as_function(self)->name);
}
void set_name(const Value& self, const Value& v) {
  require_str(v, "__name__");
  as_function(self)->name = Ref<StrObject>::from(v);
}
Value get_qualname(const Value& self) {
  return Value(as_function(self)->qualname);
}
void set_qualname(const Value& self, const Value& v) {
  require_str(v, "__qualname__");
  as_function(self)->qualname = Ref<StrObject>::from(v);
}
Value get_doc(const Value& self) {
  return none_if_null(as_function(self)->doc);
}
void set_doc(const Value& self, const Value& v) {
  as_function(self)->doc = none_if_null(v);
}
Value get_module(const Value& self) {
  return none_if_null(as_function(self)->module);
}
void set_module(const Value& self, const Value& v) {
  as_function(self)->module = none_if_null(v);
}

Value get_defaults(const Value& self) {
  FunctionObject* f = as_function(self);
  return f->defaults ? Value(f->defaults) : Value::none();
}
void set_defaults(const Value& self, const Value& v) {
  if (v.is_null() || v.is_none()) {
    as_function(self)->defaults = Ref<TupleObject>();
    return;
  }
  if (!is_tuple(v)) raise_type_error("__defaults__ must be set to a tuple object");
  as_function(self)->defaults = Ref<TupleObject>::from(v);
}

Value get_kwdefaults(const Value& self) {
  FunctionObject* f = as_function(self);
  return f->kwdefaults ? Value(f->kwdefaults) : Value::none();
}
void set_kwdefaults(const Value& self, const Value& v) {
  if (v.is_null() || v.is_none()) {
    as_function(self)->kwdefaults = Ref<DictObject>();
    return;
  }
  if (!is_dict(v)) raise_type_error("__kwdefaults__ must be set to a dict object");
  as_function(self)->kwdefaults = Ref<DictObject>::from(v);
}

Value get_code(const Value& self) {
  return Value(as_function(self)->code);
}
void set_code(const Value& self, const Value& v) {
  if (!v.is_obj() || v.as_obj()->type != code_type)
    raise_type_error("__code__ must be set to a code object");
  FunctionObject* f = as_function(self);
  CodeObject* c = v.as<CodeObject>();
  size_t nclosure = f->closure ? f->closure->size() : 0;
  if (c->freevars.size() != nclosure) {
    raise_value_error(cat(f->name->view(), "() requires a code object with ", nclosure,
                          " free vars, not ", c->freevars.size()));
  }
  f->code = Ref<CodeObject>(c);
}

Value get_globals(const Value& self) {
  return Value(as_function(self)->globals);
}
Value get_builtins(const Value&) {
  return Value(runtime->builtins);
}
Value get_closure(const Value& self) {
  FunctionObject* f = as_function(self);
  return f->closure ? Value(f->closure) : Value::none();
}

Value get_dict(const Value& self) {
  return Value(function_dict(as_function(self)));
}
void set_dict(const Value& self, const Value& v) {
  if (v.is_null()) raise_type_error("cannot delete __dict__");
  if (!is_dict(v))
    raise_type_error(cat("__dict__ must be set to a dictionary, not a '", type_name(v), "'"));
  as_function(self)->dict = Ref<DictObject>::from(v);
}

Value get_annotations(const Value& self) {
  FunctionObject* f = as_function(self);
  if (f->annotations.is_null()) f->annotations = Value(new_dict());
  return f->annotations;
}
void set_annotations(const Value& self, const Value& v) {
  if (!v.is_null() && !v.is_none() && !is_dict(v))
    raise_type_error("__annotations__ must be set to a dict object");
  as_function(self)->annotations = v.is_none() ? Value() : v;
}

void init_function_type() {
  TypeObject* t = function_type;
  t->doc = "Create a function object.";
  t->repr = function_repr;
  t->call = function_call;
  t->getattr = function_getattr;
  t->setattr = function_setattr;
  add_getset(t, "__name__", get_name, set_name);
  add_getset(t, "__qualname__", get_qualname, set_qualname);
  add_getset(t, "__doc__", get_doc, set_doc);
  add_getset(t, "__module__", get_module, set_module);
  add_getset(t, "__defaults__", get_defaults, set_defaults);
  add_getset(t, "__kwdefaults__", get_kwdefaults, set_kwdefaults);
  add_getset(t, "__code__", get_code, set_code);
  add_getset(t, "__globals__", get_globals);
  add_getset(t, "__builtins__", get_builtins);
  add_getset(t, "__closure__", get_closure);
  add_getset(t, "__dict__", get_dict, set_dict);
  add_getset(t, "__annotations__", get_annotations, set_annotations);
}

// --- builtin_function_or_method ---

NativeFunctionObject* as_native(const Value& v) {
  return v.as<NativeFunctionObject>();
}

// "list.append" for methods, "len" for functions.
std::string native_qualname(const NativeFunctionObject* f) {
  if (f->owner) return cat(f->owner->name, ".", f->name);
  if (!f->self.is_null() && !is_module(f->self)) return cat(type_name(f->self), ".", f->name);
  return f->name;
}

Value native_repr(const Value& self) {
  NativeFunctionObject* f = as_native(self);
  if (!f->self.is_null() && !is_module(f->self)) {
    const void* target = f->self.is_obj() ? static_cast<const void*>(f->self.as_obj()) : nullptr;
    return make_str(cat("<built-in method ", f->name, " of ", type_name(f->self), " object at ",
                        address(target), ">"));
  }
  if (f->is_method && f->owner) {
    return make_str(cat("<method '", f->name, "' of '", f->owner->name, "' objects>"));
  }
  return make_str(cat("<built-in function ", f->name, ">"));
}

Value native_call(const Value& self, const CallArgs& args) {
  return vm::call_native(as_native(self), args);
}

// Two natives are equal when they are the same function bound to the same object.
Value native_compare(const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_native(a) || !is_native(b)) return Value();
  bool eq = as_native(a)->fn == as_native(b)->fn && as_native(a)->self.is(as_native(b)->self);
  return Value::boolean(eq == (op == CmpOp::Eq));
}

int64_t native_hash(const Value& self) {
  NativeFunctionObject* f = as_native(self);
  const void* target = f->self.is_obj() ? static_cast<const void*>(f->self.as_obj()) : nullptr;
  int64_t h = address_hash(target) ^ address_hash(reinterpret_cast<const void*>(f->fn));
  return h == -1 ? -2 : h;
}

Value native_get_name(const Value& self) {
  return make_str(as_native(self)->name);
}
Value native_get_qualname(const Value& self) {
  return make_str(native_qualname(as_native(self)));
}
Value native_get_doc(const Value& self) {
  const char* doc = as_native(self)->doc;
  return doc ? make_str(doc) : Value::none();
}
Value native_get_self(const Value& self) {
  return none_if_null(as_native(self)->self);
}
Value native_get_module(const Value& self) {
  return none_if_null(as_native(self)->module);
}
Value native_get_text_signature(const Value&) {
  return Value::none();
}

void init_native_type() {
  TypeObject* t = builtin_function_type;
  t->repr = native_repr;
  t->call = native_call;
  t->compare = native_compare;
  t->hash = native_hash;
  add_getset(t, "__name__", native_get_name);
  add_getset(t, "__qualname__", native_get_qualname);
  add_getset(t, "__doc__", native_get_doc);
  add_getset(t, "__self__", native_get_self);
  add_getset(t, "__module__", native_get_module);
  add_getset(t, "__text_signature__", native_get_text_signature);
}

// --- method (bound methods) ---

BoundMethodObject* as_method(const Value& v) {
  return v.as<BoundMethodObject>();
}

Value method_repr(const Value& self) {
  BoundMethodObject* m = as_method(self);
  Value name = get_attr_or_null(m->func, intern("__qualname__"));
  if (name.is_null()) name = get_attr_or_null(m->func, intern("__name__"));
  return make_str(cat("<bound method ",
                      is_str(name) ? std::string(name.as<StrObject>()->view()) : "?", " of ",
                      repr_utf8(m->self), ">"));
}

Value method_call(const Value& self, const CallArgs& args) {
  return call(self, args);
}

Value method_compare(const Value& a, const Value& b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_bound_method(a) || !is_bound_method(b))
    return Value();
  bool eq =
      as_method(a)->self.is(as_method(b)->self) && equals(as_method(a)->func, as_method(b)->func);
  return Value::boolean(eq == (op == CmpOp::Eq));
}

int64_t method_hash(const Value& self) {
  BoundMethodObject* m = as_method(self);
  const void* target = m->self.is_obj() ? static_cast<const void*>(m->self.as_obj()) : nullptr;
  int64_t h = address_hash(target) ^ hash_value(m->func);
  return h == -1 ? -2 : h;
}

// Attributes not defined on the method type come from the function: m.__name__, m.__doc__...
Value method_getattr(const Value& self, StrObject* name) {
  Value v = generic_getattr(self, name);
  return v.is_null() ? get_attr_or_null(as_method(self)->func, name) : v;
}

Value method_get_func(const Value& self) {
  return as_method(self)->func;
}
Value method_get_self(const Value& self) {
  return as_method(self)->self;
}
Value method_get_doc(const Value& self) {
  return get_attr(as_method(self)->func, intern("__doc__"));
}

void init_method_type() {
  TypeObject* t = method_type;
  t->repr = method_repr;
  t->call = method_call;
  t->compare = method_compare;
  t->hash = method_hash;
  t->getattr = method_getattr;
  add_getset(t, "__func__", method_get_func);
  add_getset(t, "__self__", method_get_self);
  add_getset(t, "__doc__", method_get_doc);
}

// --- cell ---

Value cell_repr(const Value& self) {
  CellObject* c = self.as<CellObject>();
  if (c->value.is_null()) return make_str(cat("<cell at ", address(c), ": empty>"));
  const void* target = c->value.is_obj() ? static_cast<const void*>(c->value.as_obj())
                                         : static_cast<const void*>(&c->value);
  return make_str(
      cat("<cell at ", address(c), ": ", type_name(c->value), " object at ", address(target), ">"));
}

Value cell_get_contents(const Value& self) {
  const Value& v = self.as<CellObject>()->value;
  if (v.is_null()) raise_value_error("Cell is empty");
  return v;
}
void cell_set_contents(const Value& self, const Value& v) {
  self.as<CellObject>()->value = v;
}

void init_cell_type() {
  cell_type->repr = cell_repr;
  add_getset(cell_type, "cell_contents", cell_get_contents, cell_set_contents);
}

}  // namespace

void init_function_types() {
  init_function_type();
  init_native_type();
  init_method_type();
  init_cell_type();
  vm::init_code_type();
  init_generator_type();
}

}  // namespace gilt
