// The set and frozenset types: slots, construction, methods and set_iterator. The table and the
// algebra are set.cpp.
#include "runtime/container_util.hpp"
#include "runtime/dict.hpp"
#include "runtime/function.hpp"
#include "runtime/set.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

namespace {

TypeObject* set_iterator_type = nullptr;

SetObject* as_set(const Value& v) {
  return v.as<SetObject>();
}
bool is_mutable_set(const Value& v) {
  return v.is_obj() && v.as_obj()->type->is_subtype_of(set_type);
}

// A set used as a key (`s in t`, t.remove(s)) stands for the frozenset of its items, as in
// CPython: the first attempt fails with "unhashable type: 'set'".
template <class F>
auto with_frozen_key(const Value& key, F&& op) {
  try {
    return op(key);
  } catch (PyException& e) {
    if (!is_mutable_set(key) || !is_instance(e.exc, exc_TypeError)) throw;
  }
  Value frozen(make_new_set(frozenset_type, key));
  return op(frozen);
}

// --- slots ---

Value set_repr(const Value& self) {
  SetObject* so = as_set(self);
  const std::string& name = so->type->name;
  if (so->used == 0) return make_str(cat(name, "()"));
  ReprGuard guard(so);
  if (guard.recursive()) return make_str(cat(name, "(...)"));
  std::vector<Value> keys;
  keys.reserve(so->used);
  so->each([&](const Value& k) { keys.push_back(k); });
  std::string body = sequence_repr(keys, '{', '}', false);
  if (so->type == set_type) return make_str(body);
  return make_str(cat(name, "(", body, ")"));
}

int64_t frozenset_hash(const Value& self) {
  SetObject* so = as_set(self);
  if (so->hash == -1) so->hash = frozenset_hash_of(so);
  return so->hash;
}

Value set_compare(const Value& a, const Value& b, CmpOp op) {
  if (!is_anyset(a) || !is_anyset(b)) return Value();
  const SetObject* x = as_set(a);
  const SetObject* y = as_set(b);
  bool r = false;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      if (x->used != y->used) {
        r = false;
      } else if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) {
        r = false;
      } else {
        r = set_issubset(a, b);
      }
      if (op == CmpOp::Ne) r = !r;
      break;
    case CmpOp::Le:
      r = set_issubset(a, b);
      break;
    case CmpOp::Ge:
      r = set_issuperset(a, b);
      break;
    case CmpOp::Lt:
      r = x->used < y->used && set_issubset(a, b);
      break;
    case CmpOp::Gt:
      r = x->used > y->used && set_issuperset(a, b);
      break;
  }
  return Value::boolean(r);
}

Value set_binary(BinOp op, const Value& a, const Value& b) {
  if (!is_anyset(a) || !is_anyset(b)) return Value();
  switch (op) {
    case BinOp::Or: {
      Ref<SetObject> r = set_copy(a);
      if (!a.is(b)) set_update_internal(r.get(), b);
      return r;
    }
    case BinOp::And:
      return set_intersection(a, b);
    case BinOp::Sub:
      return set_difference(a, b);
    case BinOp::Xor:
      return set_symmetric_difference(a, b);
    default:
      break;
  }
  if (!is_mutable_set(a)) return Value();  // frozenset |= x rebinds to a new frozenset
  switch (op) {
    case BinOp::InplaceOr:
      set_update_internal(as_set(a), b);
      return a;
    case BinOp::InplaceAnd:
      set_intersection_update(a, b);
      return a;
    case BinOp::InplaceSub:
      set_difference_update_internal(as_set(a), b);
      return a;
    case BinOp::InplaceXor:
      set_symmetric_difference_update(as_set(a), b);
      return a;
    default:
      return Value();
  }
}

int64_t set_len(const Value& self) {
  return static_cast<int64_t>(as_set(self)->used);
}

bool set_contains(const Value& self, const Value& key) {
  const SetObject* so = as_set(self);
  return with_frozen_key(key, [&](const Value& k) { return so->contains(k); });
}

// --- iterator ---

struct SetIterObject : Object {
  Ref<SetObject> set;  // null once exhausted
  size_t used;         // the set's size at the start; SIZE_MAX after a change (sticky)
  size_t pos = 0;
  int64_t remaining;
  explicit SetIterObject(Ref<SetObject> s)
      : Object(set_iterator_type),
        set(std::move(s)),
        used(set->used),
        remaining(static_cast<int64_t>(set->used)) {}
};

Value set_iter(const Value& self) {
  return Value(new SetIterObject(Ref<SetObject>::from(self)));
}

bool set_iter_next(const Value& self, Value& out) {
  auto* it = self.as<SetIterObject>();
  SetObject* so = it->set.get();
  if (!so) return false;
  if (so->used != it->used) {
    it->used = SIZE_MAX;
    raise(exc_RuntimeError, "Set changed size during iteration");
  }
  size_t i = it->pos;
  const size_t n = so->entries.size();
  while (i < n && so->entries[i].key.is_null())
    ++i;
  it->pos = i + 1;
  if (i >= n) {
    it->set = Ref<SetObject>();
    return false;
  }
  --it->remaining;
  out = so->entries[i].key;
  return true;
}

Value set_iter_length_hint(const CallArgs& a) {
  if (a.nargs == 0 || !is_exact(a[0], set_iterator_type))
    raise_type_error("descriptor '__length_hint__' requires a 'set_iterator' object");
  auto* it = a[0].as<SetIterObject>();
  return Value::integer(it->set && it->used == it->set->used ? it->remaining : 0);
}

// --- construction ---

Value set_new(TypeObject* type, const CallArgs&) {
  return make_new_set(type, Value());
}

void set_init(const Value& self, const CallArgs& a) {
  no_kwargs(a, "set");
  count_args(a, "set", 0, 1);
  SetObject* so = as_set(self);
  if (so->used) set_clear(so);
  if (a.nargs) set_update_internal(so, a[0]);
}

Value set_init_method(const CallArgs& a) {
  CallArgs rest = method_args(a, set_type, "__init__");
  set_init(a[0], rest);
  return Value::none();
}

Value frozenset_new(TypeObject* type, const CallArgs& a) {
  no_kwargs(a, "frozenset");
  count_args(a, "frozenset", 0, 1);
  if (type == frozenset_type && a.nargs && is_exact(a[0], frozenset_type)) return a[0];
  return make_new_set(type, a.nargs ? a[0] : Value());
}

// --- methods shared by set and frozenset (Owner: the type whose dict holds the method) ---

// "set.union() takes no keyword arguments", built only when it is raised.
void check_no_kwargs(const CallArgs& rest, TypeObject* owner, const char* name) {
  if (rest.nkw) no_kwargs(rest, cat(owner->name, ".", name).c_str());
}
void check_one_arg(const CallArgs& rest, TypeObject* owner, const char* name) {
  check_no_kwargs(rest, owner, name);
  if (rest.nargs != 1) exact_args(rest, cat(owner->name, ".", name).c_str(), 1);
}
void check_no_args(const CallArgs& rest, TypeObject* owner, const char* name) {
  check_no_kwargs(rest, owner, name);
  if (rest.nargs != 0) exact_args(rest, cat(owner->name, ".", name).c_str(), 0);
}

template <TypeObject** Owner>
Value set_copy_method(const CallArgs& a) {
  check_no_args(method_args(a, *Owner, "copy"), *Owner, "copy");
  if (is_exact(a[0], frozenset_type)) return a[0];
  return set_copy(a[0]);
}

template <TypeObject** Owner>
Value set_union_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "union");
  check_no_kwargs(rest, *Owner, "union");
  Ref<SetObject> result = set_copy(a[0]);
  for (size_t i = 0; i < rest.nargs; ++i)
    if (!rest[i].is(a[0])) set_update_internal(result.get(), rest[i]);
  return result;
}

template <TypeObject** Owner>
Value set_intersection_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "intersection");
  check_no_kwargs(rest, *Owner, "intersection");
  if (rest.nargs == 0) return set_copy(a[0]);
  Value result = a[0];
  for (size_t i = 0; i < rest.nargs; ++i)
    result = set_intersection(result, rest[i]);
  return result;
}

template <TypeObject** Owner>
Value set_difference_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "difference");
  check_no_kwargs(rest, *Owner, "difference");
  if (rest.nargs == 0) return set_copy(a[0]);
  Ref<SetObject> result = set_difference(a[0], rest[0]);
  for (size_t i = 1; i < rest.nargs; ++i)
    set_difference_update_internal(result.get(), rest[i]);
  return result;
}

template <TypeObject** Owner>
Value set_symmetric_difference_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "symmetric_difference");
  check_one_arg(rest, *Owner, "symmetric_difference");
  return set_symmetric_difference(a[0], rest[0]);
}

template <TypeObject** Owner>
Value set_issubset_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "issubset");
  check_one_arg(rest, *Owner, "issubset");
  return Value::boolean(set_issubset(a[0], rest[0]));
}

template <TypeObject** Owner>
Value set_issuperset_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "issuperset");
  check_one_arg(rest, *Owner, "issuperset");
  return Value::boolean(set_issuperset(a[0], rest[0]));
}

template <TypeObject** Owner>
Value set_isdisjoint_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "isdisjoint");
  check_one_arg(rest, *Owner, "isdisjoint");
  return Value::boolean(set_isdisjoint(a[0], rest[0]));
}

template <TypeObject** Owner>
Value set_contains_method(const CallArgs& a) {
  CallArgs rest = method_args(a, *Owner, "__contains__");
  check_one_arg(rest, *Owner, "__contains__");
  return Value::boolean(set_contains(a[0], rest[0]));
}

template <TypeObject** Owner>
Value set_len_method(const CallArgs& a) {
  check_no_args(method_args(a, *Owner, "__len__"), *Owner, "__len__");
  return Value::integer(set_len(a[0]));
}

template <TypeObject** Owner>
Value set_iter_method(const CallArgs& a) {
  check_no_args(method_args(a, *Owner, "__iter__"), *Owner, "__iter__");
  return set_iter(a[0]);
}

template <TypeObject** Owner>
void add_shared_methods() {
  TypeObject* t = *Owner;
  add_method(t, "copy", set_copy_method<Owner>, "Return a shallow copy of a set.");
  add_method(t, "union", set_union_method<Owner>,
             "Return the union of sets as a new set.\n\n(i.e. all elements that are in either "
             "set.)");
  add_method(t, "intersection", set_intersection_method<Owner>,
             "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are "
             "in both sets.)");
  add_method(t, "difference", set_difference_method<Owner>,
             "Return the difference of two or more sets as a new set.\n\n(i.e. all elements "
             "that are in this set but not the others.)");
  add_method(t, "symmetric_difference", set_symmetric_difference_method<Owner>,
             "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements "
             "that are in exactly one of the sets.)");
  add_method(t, "issubset", set_issubset_method<Owner>,
             "Report whether another set contains this set.");
  add_method(t, "issuperset", set_issuperset_method<Owner>,
             "Report whether this set contains another set.");
  add_method(t, "isdisjoint", set_isdisjoint_method<Owner>,
             "Return True if two sets have a null intersection.");
  add_method(t, "__contains__", set_contains_method<Owner>, "x.__contains__(y) <==> y in x.");
  add_method(t, "__len__", set_len_method<Owner>, "Return len(self).");
  add_method(t, "__iter__", set_iter_method<Owner>, "Implement iter(self).");
}

// --- set-only methods ---

Value set_add(const CallArgs& a) {
  CallArgs rest = method_args(a, set_type, "add");
  one_arg(rest, "set.add");
  as_set(a[0])->add(rest[0]);
  return Value::none();
}

Value set_remove(const CallArgs& a) {
  CallArgs rest = method_args(a, set_type, "remove");
  one_arg(rest, "set.remove");
  SetObject* so = as_set(a[0]);
  if (!with_frozen_key(rest[0], [&](const Value& k) { return so->remove(k); }))
    raise_key_error(rest[0]);
  return Value::none();
}

Value set_discard(const CallArgs& a) {
  CallArgs rest = method_args(a, set_type, "discard");
  one_arg(rest, "set.discard");
  SetObject* so = as_set(a[0]);
  with_frozen_key(rest[0], [&](const Value& k) { return so->remove(k); });
  return Value::none();
}

Value set_pop(const CallArgs& a) {
  no_args(method_args(a, set_type, "pop"), "set.pop");
  return set_pop_key(as_set(a[0]));
}

Value set_clear_method(const CallArgs& a) {
  no_args(method_args(a, set_type, "clear"), "set.clear");
  set_clear(as_set(a[0]));
  return Value::none();
}

Value set_update(const CallArgs& a) {
  CallArgs rest = method_args(a, set_type, "update");
  no_kwargs(rest, "set.update");
  for (size_t i = 0; i < rest.nargs; ++i)
    set_update_internal(as_set(a[0]), rest[i]);
  return Value::none();
}

Value set_intersection_update_method(const CallArgs& a) {
  CallArgs rest = method_args(a, set_type, "intersection_update");
  no_kwargs(rest, "set.intersection_update");
  if (rest.nargs == 0) return Value::none();
  Value result = a[0];
  for (size_t i = 0; i < rest.nargs; ++i)
    result = set_intersection(result, rest[i]);
  set_swap_bodies(as_set(a[0]), as_set(result));
  return Value::none();
}

Value set_difference_update(const CallArgs& a) {
  CallArgs rest = method_args(a, set_type, "difference_update");
  no_kwargs(rest, "set.difference_update");
  for (size_t i = 0; i < rest.nargs; ++i)
    set_difference_update_internal(as_set(a[0]), rest[i]);
  return Value::none();
}

Value set_symmetric_difference_update_method(const CallArgs& a) {
  CallArgs rest = method_args(a, set_type, "symmetric_difference_update");
  one_arg(rest, "set.symmetric_difference_update");
  set_symmetric_difference_update(as_set(a[0]), rest[0]);
  return Value::none();
}

void fill_common_slots(TypeObject* t) {
  t->repr = set_repr;
  t->compare = set_compare;
  t->binary = set_binary;
  t->len = set_len;
  t->contains = set_contains;
  t->iter = set_iter;
}

}  // namespace

void containers::init_set_types() {
  TypeObject* s = set_type;
  s->doc =
      "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered "
      "collection of unique elements.";
  fill_common_slots(s);
  s->new_ = set_new;
  s->init = set_init;
  add_method(s, "__init__", set_init_method,
             "Initialize self.  See help(type(self)) for accurate signature.");
  add_shared_methods<&set_type>();
  mark_unhashable(s);
  add_method(s, "add", set_add,
             "Add an element to a set.\n\nThis has no effect if the element is already present.");
  add_method(s, "remove", set_remove,
             "Remove an element from a set; it must be a member.\n\nIf the element is not a "
             "member, raise a KeyError.");
  add_method(s, "discard", set_discard,
             "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the "
             "discard() method will not raise an exception when an element is missing from the "
             "set.");
  add_method(s, "pop", set_pop,
             "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty.");
  add_method(s, "clear", set_clear_method, "Remove all elements from this set.");
  add_method(s, "update", set_update, "Update a set with the union of itself and others.");
  add_method(s, "intersection_update", set_intersection_update_method,
             "Update a set with the intersection of itself and another.");
  add_method(s, "difference_update", set_difference_update,
             "Remove all elements of another set from this set.");
  add_method(s, "symmetric_difference_update", set_symmetric_difference_update_method,
             "Update a set with the symmetric difference of itself and another.");
  s->modified();

  TypeObject* f = frozenset_type;
  f->doc =
      "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
      "Build an immutable unordered collection of unique elements.";
  fill_common_slots(f);
  f->hash = frozenset_hash;
  f->new_ = frozenset_new;
  add_shared_methods<&frozenset_type>();
  f->modified();

  set_iterator_type = new_iterator_type("set_iterator", set_iter_next);
  add_method(set_iterator_type, "__length_hint__", set_iter_length_hint,
             "Private method returning an estimate of len(list(it)).");
}

}  // namespace gilt
