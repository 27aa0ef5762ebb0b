// Helpers the container types share (container_util.hpp), and init_container_types, which
// runs each container file's init step.
#include "runtime/container_util.hpp"

#include <algorithm>
#include <climits>

#include "runtime/dict.hpp"
#include "runtime/function.hpp"
#include "runtime/init.hpp"
#include "runtime/int.hpp"
#include "runtime/range.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

void init_container_types() {
  init_tuple_type();
  init_list_type();
  init_dict_type();
  init_dict_views();
  init_set_types();
  init_range_type();
  init_slice_type();
  init_iterator_types();
}

// --- types ---

TypeObject* containers::new_private_type(const char* name) {
  auto* t = new TypeObject(name, object_type);
  ++t->refcnt;  // immortal, as the built-in types are
  if (!t->dict) t->dict = new_dict();
  return t;
}

Value containers::iter_self(const Value& self) {
  return self;
}

static Value iterator_next_method(const CallArgs& a) {
  if (a.nargs == 0 || !type_of(a[0])->next)
    raise_type_error("descriptor '__next__' requires an iterator argument");
  no_args(a.shifted(), "__next__");
  Value out;
  if (!type_of(a[0])->next(a[0], out)) raise_stop_iteration();
  return out;
}

static Value iterator_iter_method(const CallArgs& a) {
  if (a.nargs == 0) raise_type_error("descriptor '__iter__' needs an argument");
  no_args(a.shifted(), "__iter__");
  return a[0];
}

TypeObject* containers::new_iterator_type(const char* name, NextSlot next) {
  TypeObject* t = new_private_type(name);
  t->iter = iter_self;
  t->next = next;
  add_method(t, "__next__", iterator_next_method, "Implement next(self).");
  add_method(t, "__iter__", iterator_iter_method, "Implement iter(self).");
  return t;
}

void containers::set_instance_type(Object* o, TypeObject* type) {
  if (o->type == type) return;
  o->type = type;  // the base type it had is immortal: nothing to release
  if (type->flags & kTypeHeapType) ++type->refcnt;
}

// --- argument checks ---

CallArgs containers::method_args(const CallArgs& a, TypeObject* type, const char* name) {
  if (a.nargs == 0)
    raise_type_error(cat("unbound method ", type->name, ".", name, "() needs an argument"));
  const Value& self = a[0];
  if (!(self.is_obj() && self.as_obj()->type == type) && !is_instance(self, type)) {
    raise_type_error(cat("descriptor '", name, "' for '", type->name,
                         "' objects doesn't apply to a '", type_name(self), "' object"));
  }
  return a.shifted();
}

void containers::no_args(const CallArgs& rest, const char* qualname) {
  no_kwargs(rest, qualname);
  exact_args(rest, qualname, 0);
}

void containers::one_arg(const CallArgs& rest, const char* qualname) {
  no_kwargs(rest, qualname);
  exact_args(rest, qualname, 1);
}

void containers::pos_args(const CallArgs& rest, const char* qualname, const char* fname, size_t min,
                          size_t max) {
  no_kwargs(rest, qualname);
  count_args(rest, fname, min, max);
}

// --- slot wrappers ---

namespace {

template <TypeObject** Owner>
Value len_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "__len__");
  no_args(rest, "__len__");
  return Value::integer((*Owner)->len(a[0]));
}

template <TypeObject** Owner>
Value contains_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "__contains__");
  one_arg(rest, "__contains__");
  return Value::boolean((*Owner)->contains(a[0], rest[0]));
}

template <TypeObject** Owner>
Value getitem_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "__getitem__");
  one_arg(rest, "__getitem__");
  return (*Owner)->getitem(a[0], rest[0]);
}

template <TypeObject** Owner>
Value setitem_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "__setitem__");
  no_kwargs(rest, "__setitem__");
  if (rest.nargs != 2) raise_type_error(cat("expected 2 arguments, got ", rest.nargs));
  (*Owner)->setitem(a[0], rest[0], rest[1]);
  return Value::none();
}

template <TypeObject** Owner>
Value delitem_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "__delitem__");
  one_arg(rest, "__delitem__");
  (*Owner)->setitem(a[0], rest[0], Value());
  return Value::none();
}

template <TypeObject** Owner>
Value iter_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "__iter__");
  no_args(rest, "__iter__");
  return (*Owner)->iter(a[0]);
}

template <TypeObject** Owner>
Value repr_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "__repr__");
  no_args(rest, "__repr__");
  return (*Owner)->repr(a[0]);
}

template <TypeObject** Owner>
Value hash_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "__hash__");
  no_args(rest, "__hash__");
  return Value::integer((*Owner)->hash(a[0]));
}

template <TypeObject** Owner>
void add_slot_methods_for() {
  TypeObject* t = *Owner;
  if (t->len) add_method(t, "__len__", len_method<Owner>, "Return len(self).");
  if (t->contains) add_method(t, "__contains__", contains_method<Owner>, "Return key in self.");
  if (t->getitem) add_method(t, "__getitem__", getitem_method<Owner>, "Return self[key].");
  if (t->setitem) {
    add_method(t, "__setitem__", setitem_method<Owner>, "Set self[key] to value.");
    add_method(t, "__delitem__", delitem_method<Owner>, "Delete self[key].");
  }
  if (t->iter) add_method(t, "__iter__", iter_method<Owner>, "Implement iter(self).");
  if (t->repr) add_method(t, "__repr__", repr_method<Owner>, "Return repr(self).");
  if (t->hash) add_method(t, "__hash__", hash_method<Owner>, "Return hash(self).");
}

}  // namespace

void containers::add_slot_methods(TypeObject* type) {
  if (type == tuple_type) return add_slot_methods_for<&tuple_type>();
  if (type == list_type) return add_slot_methods_for<&list_type>();
  if (type == dict_type) return add_slot_methods_for<&dict_type>();
  if (type == set_type) return add_slot_methods_for<&set_type>();
  if (type == frozenset_type) return add_slot_methods_for<&frozenset_type>();
  if (type == range_type) return add_slot_methods_for<&range_type>();
}

void containers::mark_unhashable(TypeObject* type) {
  type->dict->set(Value(intern("__hash__")), Value::none());
  type->modified();
}

// --- indexes ---

int64_t containers::subscript_index(const Value& key, const char* seq_name) {
  if (key.is_int() || key.is_bool()) return key.as_int();
  if (is_index(key)) return index_to_ssize(key, exc_IndexError);
  raise_type_error(cat(seq_name, " indices must be integers or slices, not ", type_name(key)));
}

int64_t containers::clamped_index_arg(const Value& v) {
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (is_bigint(v)) return to_bigint(v) < 0 ? INT64_MIN : INT64_MAX;
  raise_type_error("slice indices must be integers or have an __index__ method");
}

int64_t containers::repeat_count(const Value& n) {
  if (n.is_int() || n.is_bool()) return std::max<int64_t>(n.as_int(), 0);
  if (is_index(n)) return std::max<int64_t>(index_to_ssize(n, exc_OverflowError), 0);
  raise_type_error(cat("can't multiply sequence by non-int of type '", type_name(n), "'"));
}

void containers::check_repeat_size(size_t len, int64_t n) {
  constexpr size_t kMaxItems = PTRDIFF_MAX / sizeof(Value);
  if (len != 0 && n > 0 && static_cast<size_t>(n) > kMaxItems / len) raise_memory_error();
}

void containers::index_bounds(const Value& start, const Value& stop, int64_t len, int64_t& lo,
                              int64_t& hi) {
  lo = start.is_null() ? 0 : clamped_index_arg(start);
  hi = stop.is_null() ? INT64_MAX : clamped_index_arg(stop);
  if (lo < 0) lo = std::max<int64_t>(lo + len, 0);
  if (hi < 0) hi = std::max<int64_t>(hi + len, 0);
}

// --- text ---

void containers::append_repr(std::string& out, const Value& v) {
  Value r = repr(v);
  out += r.as<StrObject>()->view();
}

namespace {
thread_local std::vector<const Object*> repr_in_progress;
}

containers::ReprGuard::ReprGuard(const Object* o) : obj_(o) {
  recursive_ =
      std::find(repr_in_progress.begin(), repr_in_progress.end(), o) != repr_in_progress.end();
  if (!recursive_) repr_in_progress.push_back(o);
}

containers::ReprGuard::~ReprGuard() {
  if (recursive_) return;
  // The innermost entry is ours unless a __repr__ leaked an exception past another guard,
  // which RAII makes impossible; search anyway to stay correct.
  auto it = std::find(repr_in_progress.rbegin(), repr_in_progress.rend(), obj_);
  if (it != repr_in_progress.rend()) repr_in_progress.erase(std::next(it).base());
}

std::string containers::sequence_repr(const std::vector<Value>& items, char open, char close,
                                      bool one_tuple) {
  std::string out(1, open);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    Value item = items[i];  // the repr may drop the container's reference
    append_repr(out, item);
  }
  if (one_tuple && items.size() == 1) out += ',';
  out += close;
  return out;
}

// --- sequences ---

Value containers::compare_sequences(const std::vector<Value>& a, const std::vector<Value>& b,
                                    CmpOp op) {
  size_t i = 0;
  Value x, y;
  for (; i < a.size() && i < b.size(); ++i) {
    if (a[i].is(b[i])) continue;
    x = a[i];
    y = b[i];
    if (!equals(x, y)) break;
  }
  if (i >= a.size() || i >= b.size()) {
    size_t na = a.size(), nb = b.size();
    bool r = false;
    switch (op) {
      case CmpOp::Lt:
        r = na < nb;
        break;
      case CmpOp::Le:
        r = na <= nb;
        break;
      case CmpOp::Eq:
        r = na == nb;
        break;
      case CmpOp::Ne:
        r = na != nb;
        break;
      case CmpOp::Gt:
        r = na > nb;
        break;
      case CmpOp::Ge:
        r = na >= nb;
        break;
    }
    return Value::boolean(r);
  }
  if (op == CmpOp::Eq) return Value::boolean(false);
  if (op == CmpOp::Ne) return Value::boolean(true);
  return compare(x, y, op);
}

int64_t containers::find_item(const std::vector<Value>& items, const Value& x, int64_t lo,
                              int64_t hi) {
  for (int64_t i = lo; i < hi && i < static_cast<int64_t>(items.size()); ++i) {
    if (items[i].is(x)) return i;
    Value item = items[i];  // __eq__ may remove it from the container
    if (equals(item, x)) return i;
  }
  return -1;
}

int64_t containers::count_item(const std::vector<Value>& items, const Value& x) {
  int64_t n = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].is(x)) {
      ++n;
      continue;
    }
    Value item = items[i];
    if (equals(item, x)) ++n;
  }
  return n;
}

std::vector<Value> containers::slice_items(const std::vector<Value>& items,
                                           const SliceObject* slice) {
  int64_t start, stop, step;
  int64_t n = slice->indices(static_cast<int64_t>(items.size()), start, stop, step);
  std::vector<Value> out;
  if (n <= 0) return out;
  if (step == 1) return std::vector<Value>(items.begin() + start, items.begin() + start + n);
  out.reserve(n);
  for (int64_t k = 0, i = start; k < n; ++k, i += step)
    out.push_back(items[i]);
  return out;
}

std::vector<Value> containers::repeat_items(const std::vector<Value>& items, int64_t n) {
  std::vector<Value> out;
  if (n <= 0 || items.empty()) return out;
  check_repeat_size(items.size(), n);
  out.reserve(items.size() * static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k)
    out.insert(out.end(), items.begin(), items.end());
  return out;
}

int64_t containers::hash_items(const Value* items, size_t n) {
  // CPython's tuplehash (Objects/tupleobject.c), a reduced xxHash, so hash((1, 2)) agrees.
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  uint64_t acc = kPrime5;
  for (size_t i = 0; i < n; ++i) {
    uint64_t lane = static_cast<uint64_t>(hash_value(items[i]));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += n ^ (kPrime5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

std::vector<Value> containers::sequence_fast(const Value& v, const char* message) {
  if (v.is_obj()) {
    TypeObject* t = v.as_obj()->type;
    if (t == list_type) return v.as<ListObject>()->items;
    if (t == tuple_type) return v.as<TupleObject>()->items;
  }
  Value it;
  try {
    it = get_iter(v);
  } catch (PyException& e) {
    if (is_instance(e.exc, exc_TypeError)) raise_type_error(message);
    throw;
  }
  std::vector<Value> out;
  Value item;
  while (iter_next(it, item))
    out.push_back(std::move(item));
  return out;
}

}  // namespace gilt
