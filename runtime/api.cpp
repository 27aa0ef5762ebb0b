// The generic protocol, part 1: text conversion, truth, containers, iteration and the
// __index__ protocol. Comparison and hashing live in api_compare.cpp, arithmetic in
// api_arith.cpp, attributes in attributes.cpp.
#include "runtime/api.hpp"

#include "runtime/attributes.hpp"
#include "runtime/core_types.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/recursion_guard.hpp"
#include "runtime/str.hpp"

namespace gilt {

const char* binop_symbol(BinOp op) {
  static const char* const symbols[] = {
      "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
      "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
  };
  return symbols[static_cast<int>(op)];
}

const char* cmpop_symbol(CmpOp op) {
  static const char* const symbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return symbols[static_cast<int>(op)];
}

// --- text ---

// Only objects can nest (a list holding itself a million levels deep), so scalars skip the
// recursion guard as CPython's would never trip for them.
Value repr(const Value& v) {
  TypeObject* t = type_of(v);
  if (!t->repr) return make_str(default_repr(v));
  if (!v.is_obj()) return t->repr(v);
  RecursionGuard guard(" while getting the repr of an object");
  return t->repr(v);
}

Value to_str(const Value& v) {
  if (v.is_obj() && v.as_obj()->type == str_type) return v;
  TypeObject* t = type_of(v);
  if (!t->str) return repr(v);
  if (!v.is_obj()) return t->str(v);
  RecursionGuard guard(" while getting the str of an object");
  return t->str(v);
}

std::string repr_utf8(const Value& v) {
  return repr(v).as<StrObject>()->data;
}

std::string str_utf8(const Value& v) {
  if (is_str(v)) return v.as<StrObject>()->data;
  return to_str(v).as<StrObject>()->data;
}

// --- truth ---

bool truthy(const Value& v) {
  switch (v.tag()) {
    case Tag::None:
    case Tag::Null:
      return false;
    case Tag::Bool:
    case Tag::Int:
      return v.as_int() != 0;
    case Tag::Float:
      return v.as_float() != 0.0;
    case Tag::Obj:
      break;
  }
  TypeObject* t = v.as_obj()->type;
  if (t->truthy) return t->truthy(v);
  if (t->len) return t->len(v) != 0;
  return true;
}

// --- containers ---

int64_t length(const Value& v) {
  TypeObject* t = type_of(v);
  if (!t->len) raise_type_error(cat("object of type '", t->name, "' has no len()"));
  return t->len(v);
}

Value get_item(const Value& obj, const Value& key) {
  TypeObject* t = type_of(obj);
  if (!t->getitem) raise_type_error(cat("'", t->name, "' object is not subscriptable"));
  return t->getitem(obj, key);
}

void set_item(const Value& obj, const Value& key, const Value& value) {
  TypeObject* t = type_of(obj);
  if (!t->setitem) raise_type_error(cat("'", t->name, "' object does not support item assignment"));
  t->setitem(obj, key, value);
}

void del_item(const Value& obj, const Value& key) {
  TypeObject* t = type_of(obj);
  if (!t->setitem) raise_type_error(cat("'", t->name, "' object doesn't support item deletion"));
  t->setitem(obj, key, Value());
}

bool contains(const Value& container, const Value& item) {
  TypeObject* t = type_of(container);
  if (t->contains) return t->contains(container, item);
  if (!t->iter && !t->getitem)
    raise_type_error(cat("argument of type '", t->name, "' is not iterable"));
  Value it = get_iter(container);
  Value x;
  while (iter_next(it, x))
    if (equals(x, item)) return true;
  return false;
}

// --- iteration ---

Value get_iter(const Value& v) {
  TypeObject* t = type_of(v);
  if (!t->iter) {
    // CPython iterates any type with __getitem__ by index (the "iterator" type).
    if (t->getitem) return make_sequence_iterator(v);
    raise_type_error(cat("'", t->name, "' object is not iterable"));
  }
  Value it = t->iter(v);
  if (!type_of(it)->next)
    raise_type_error(cat("iter() returned non-iterator of type '", type_name(it), "'"));
  return it;
}

bool iter_next(const Value& it, Value& out) {
  TypeObject* t = type_of(it);
  if (!t->next) raise_type_error(cat("'", t->name, "' object is not an iterator"));
  return t->next(it, out);
}

// --- the __index__ protocol ---

namespace {

// A user class's __index__ result (CPython's PyNumber_Index for non-ints); Null when the
// value's type has none.
Value index_via_dunder(const Value& v) {
  if (!v.is_obj() || !(v.as_obj()->type->flags & kTypeHeapType)) return Value();
  Value method = v.as_obj()->type->lookup(intern("__index__"));
  if (method.is_null()) return Value();
  Value r = call(bind_attribute(method, v), std::initializer_list<Value>{});
  if (!r.is_int() && !r.is_bool() && !is_bigint(r))
    raise_type_error(cat("__index__ returned non-int (type ", type_name(r), ")"));
  return r;
}

}  // namespace

// Callers read the int directly after this check, so user __index__ objects are not included:
// they reach index_to_int64/index_to_ssize, which convert them.
bool is_index(const Value& v) {
  return v.is_int() || v.is_bool() || is_bigint(v);
}

int64_t index_to_int64(const Value& v) {
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (is_bigint(v)) raise_overflow_error("Python int too large to convert to C ssize_t");
  Value r = index_via_dunder(v);
  if (!r.is_null()) return index_to_int64(r);
  raise_type_error(cat("'", type_name(v), "' object cannot be interpreted as an integer"));
}

int64_t index_to_ssize(const Value& v, TypeObject* overflow_exc) {
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (is_bigint(v)) raise(overflow_exc, "cannot fit 'int' into an index-sized integer");
  Value r = index_via_dunder(v);
  if (!r.is_null()) return index_to_ssize(r, overflow_exc);
  raise_type_error(cat("'", type_name(v), "' object cannot be interpreted as an integer"));
}

}  // namespace gilt
