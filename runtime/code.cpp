// Code objects: what the compiler hands the VM, and the few co_* attributes Python code reads.
#include <cstdio>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/code.hpp"
#include "runtime/errors.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt {

CodeObject::CodeObject() : Object(code_type) {}
CodeObject::~CodeObject() = default;

namespace {

CodeObject* as_code(const Value& v) {
  return v.as<CodeObject>();
}

Value str_or_none(const Ref<StrObject>& s) {
  return s ? Value(s) : Value::none();
}

Value names_tuple(const std::vector<Ref<StrObject>>& names) {
  std::vector<Value> items(names.begin(), names.end());
  return Value(new_tuple(std::move(items)));
}

Value code_repr(const Value& self) {
  CodeObject* c = as_code(self);
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<const void*>(c));
  return make_str(cat("<code object ", c->name ? c->name->view() : "?", " at ", address, ", file ",
                      c->filename ? quote_str(c->filename->view()) : "\"???\"", ", line ",
                      c->firstlineno, ">"));
}

Value co_name(const Value& self) {
  return str_or_none(as_code(self)->name);
}
Value co_qualname(const Value& self) {
  return str_or_none(as_code(self)->qualname);
}
Value co_filename(const Value& self) {
  return str_or_none(as_code(self)->filename);
}
Value co_firstlineno(const Value& self) {
  return Value::integer(as_code(self)->firstlineno);
}
Value co_argcount(const Value& self) {
  return Value::integer(as_code(self)->argcount);
}
Value co_posonlyargcount(const Value& self) {
  return Value::integer(as_code(self)->posonlyargcount);
}
Value co_kwonlyargcount(const Value& self) {
  return Value::integer(as_code(self)->kwonlyargcount);
}
Value co_nlocals(const Value& self) {
  return Value::integer(as_code(self)->nlocals());
}
Value co_stacksize(const Value& self) {
  return Value::integer(as_code(self)->stacksize);
}
Value co_flags(const Value& self) {
  return Value::integer(as_code(self)->flags);
}
Value co_varnames(const Value& self) {
  return names_tuple(as_code(self)->varnames);
}
Value co_cellvars(const Value& self) {
  return names_tuple(as_code(self)->cellvars);
}
Value co_freevars(const Value& self) {
  return names_tuple(as_code(self)->freevars);
}
Value co_names(const Value& self) {
  return names_tuple(as_code(self)->names);
}
Value co_consts(const Value& self) {
  return Value(new_tuple(as_code(self)->consts));
}

}  // namespace

void vm::init_code_type() {
  TypeObject* t = code_type;
  t->repr = code_repr;
  add_getset(t, "co_name", co_name);
  add_getset(t, "co_qualname", co_qualname);
  add_getset(t, "co_filename", co_filename);
  add_getset(t, "co_firstlineno", co_firstlineno);
  add_getset(t, "co_argcount", co_argcount);
  add_getset(t, "co_posonlyargcount", co_posonlyargcount);
  add_getset(t, "co_kwonlyargcount", co_kwonlyargcount);
  add_getset(t, "co_nlocals", co_nlocals);
  add_getset(t, "co_stacksize", co_stacksize);
  add_getset(t, "co_flags", co_flags);
  add_getset(t, "co_varnames", co_varnames);
  add_getset(t, "co_cellvars", co_cellvars);
  add_getset(t, "co_freevars", co_freevars);
  add_getset(t, "co_names", co_names);
  add_getset(t, "co_consts", co_consts);
}

}  // namespace gilt
