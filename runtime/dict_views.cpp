// dict's views (dict_keys, dict_values, dict_items) and its six iterators, forward and reverse.
//
// The iterators follow CPython's dictiter_iternext*: a change of size raises "dictionary
// changed size during iteration" (and keeps raising); keys replaced without a change of size
// are noticed when more items turn up than the dict had ("dictionary keys changed during
// iteration"). They read entries by number with bounds checks, so no mutation is unsafe.
#include "runtime/container_util.hpp"
#include "runtime/dict.hpp"
#include "runtime/function.hpp"
#include "runtime/set.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

namespace {

TypeObject* view_types[3] = {};     // dict_keys, dict_values, dict_items
TypeObject* iter_types[3] = {};     // dict_keyiterator, ...
TypeObject* reviter_types[3] = {};  // dict_reversekeyiterator, ...

struct DictViewObject : Object {
  Ref<DictObject> dict;
  DictPart part;
  DictViewObject(Ref<DictObject> d, DictPart p)
      : Object(view_types[static_cast<int>(p)]), dict(std::move(d)), part(p) {}
};

struct DictIterObject : Object {
  Ref<DictObject> dict;  // null once exhausted
  DictPart part;
  bool reversed;
  size_t used;            // the dict's size when iteration started; SIZE_MAX after a size change
  int64_t pos;            // next entry number to look at (counts down when reversed)
  int64_t remaining;      // items still expected
  Ref<TupleObject> item;  // the last (key, value) tuple, reused when nobody else holds it

  DictIterObject(Ref<DictObject> d, DictPart p, bool rev)
      : Object((rev ? reviter_types : iter_types)[static_cast<int>(p)]),
        dict(std::move(d)),
        part(p),
        reversed(rev),
        used(dict->used),
        pos(rev ? static_cast<int64_t>(dict->entries.size()) - 1 : 0),
        remaining(static_cast<int64_t>(dict->used)) {}
};

DictViewObject* as_view(const Value& v) {
  return v.as<DictViewObject>();
}

bool is_view(const Value& v, DictPart part) {
  return v.is_obj() && v.as_obj()->type == view_types[static_cast<int>(part)];
}
bool is_set_like_view(const Value& v) {
  return is_view(v, DictPart::Keys) || is_view(v, DictPart::Items);
}

// --- iterators ---

Value produce(DictIterObject* it, const DictObject::Entry& e) {
  switch (it->part) {
    case DictPart::Keys:
      return e.key;
    case DictPart::Values:
      return e.value;
    case DictPart::Items:
      break;
  }
  TupleObject* t = it->item.get();
  if (t && t->refcnt == 1) {  // only this iterator holds the previous tuple: refill it
    t->items[0] = e.key;
    t->items[1] = e.value;
    t->hash = -1;
  } else {
    it->item = new_tuple({e.key, e.value});
  }
  return Value(it->item);
}

bool dict_iter_next(const Value& self, Value& out) {
  auto* it = self.as<DictIterObject>();
  DictObject* d = it->dict.get();
  if (!d) return false;
  if (d->used != it->used) {
    it->used = SIZE_MAX;  // sticky, as CPython's
    raise(exc_RuntimeError, "dictionary changed size during iteration");
  }
  const int64_t n = static_cast<int64_t>(d->entries.size());
  int64_t i = it->pos;
  if (!it->reversed) {
    while (i < n && d->entries[i].key.is_null())
      ++i;
    if (i >= n) {
      it->dict = Ref<DictObject>();
      return false;
    }
    if (it->remaining == 0) {
      it->dict = Ref<DictObject>();
      raise(exc_RuntimeError, "dictionary keys changed during iteration");
    }
    it->pos = i + 1;
  } else {
    if (i >= n) i = n - 1;  // entries were compacted since the last step
    while (i >= 0 && d->entries[i].key.is_null())
      --i;
    if (i < 0) {
      it->dict = Ref<DictObject>();
      return false;
    }
    it->pos = i - 1;
  }
  --it->remaining;
  out = produce(it, d->entries[i]);
  return true;
}

Value length_hint(const CallArgs& a) {
  if (a.nargs == 0 || !a[0].is_obj() || a[0].as_obj()->type->next != dict_iter_next)
    raise_type_error("descriptor '__length_hint__' requires a dict iterator");
  auto* it = a[0].as<DictIterObject>();
  int64_t n = it->dict && it->used == it->dict->used ? it->remaining : 0;
  return Value::integer(n);
}

// --- views: slots ---

int64_t view_len(const Value& self) {
  return static_cast<int64_t>(as_view(self)->dict->used);
}

Value view_iter(const Value& self) {
  DictViewObject* v = as_view(self);
  return new_dict_iterator(Value(v->dict), v->part, false);
}

Value view_repr(const Value& self) {
  DictViewObject* v = as_view(self);
  const std::string& name = v->type->name;
  ReprGuard guard(v);
  if (guard.recursive()) return make_str("...");
  std::vector<Value> items;
  for_each(self, [&](const Value& x) { items.push_back(x); });
  return make_str(cat(name, "(", sequence_repr(items, '[', ']', false), ")"));
}

bool keys_contains(const Value& self, const Value& key) {
  return !as_view(self)->dict->get(key).is_null();
}

bool items_contains(const Value& self, const Value& item) {
  if (!is_tuple(item) || item.as<TupleObject>()->items.size() != 2) return false;
  Value key = item.as<TupleObject>()->items[0];
  Value expected = item.as<TupleObject>()->items[1];
  Value found = as_view(self)->dict->get(key);
  return !found.is_null() && (found.is(expected) || equals(found, expected));
}

bool values_contains(const Value& self, const Value& x) {
  Value it = view_iter(self);
  Value v;
  while (iter_next(it, v))
    if (v.is(x) || equals(v, x)) return true;
  return false;
}

bool all_contained_in(const Value& self, const Value& other) {
  Value it = get_iter(self);
  Value x;
  while (iter_next(it, x))
    if (!contains(other, x)) return false;
  return true;
}

// keys and items views compare as sets (dictview_richcompare).
Value view_compare(const Value& a, const Value& b, CmpOp op) {
  if (!is_set_like_view(a) || (!is_anyset(b) && !is_set_like_view(b))) return Value();
  const int64_t la = length(a), lb = length(b);
  bool r = false;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      r = la == lb && all_contained_in(a, b);
      break;
    case CmpOp::Lt:
      r = la < lb && all_contained_in(a, b);
      break;
    case CmpOp::Le:
      r = la <= lb && all_contained_in(a, b);
      break;
    case CmpOp::Gt:
      r = la > lb && all_contained_in(b, a);
      break;
    case CmpOp::Ge:
      r = la >= lb && all_contained_in(b, a);
      break;
  }
  return Value::boolean(op == CmpOp::Ne ? !r : r);
}

// A new set of the operand's items (dictviews_to_set); a keys view reads the dict directly.
Ref<SetObject> to_set(const Value& v) {
  if (is_view(v, DictPart::Keys)) return make_new_set(set_type, Value(as_view(v)->dict));
  return make_new_set(set_type, v);
}

// _PyDictView_Intersect: walks the smaller operand and keeps what the view contains.
Value view_intersect(Value self, Value other) {
  if (!is_set_like_view(self)) std::swap(self, other);  // the view may be on the right of &
  const int64_t len_self = length(self);
  if (is_exact(other, set_type) && len_self <= length(other)) return set_intersection(other, self);
  if (is_set_like_view(other) && length(other) > len_self) std::swap(self, other);
  auto result = new_set();
  const bool keys = is_view(self, DictPart::Keys);
  Value it = get_iter(other);
  Value x;
  while (iter_next(it, x)) {
    if (keys ? keys_contains(self, x) : items_contains(self, x)) result->add(x);
  }
  return result;
}

Value view_binary(BinOp op, const Value& a, const Value& b) {
  if (!is_set_like_view(a) && !is_set_like_view(b)) return Value();
  switch (plain_op(op)) {
    case BinOp::And:
      return view_intersect(a, b);
    case BinOp::Or: {
      Ref<SetObject> r = to_set(a);
      set_update_internal(r.get(), b);
      return r;
    }
    case BinOp::Sub: {
      Ref<SetObject> r = to_set(a);
      set_difference_update_internal(r.get(), b);
      return r;
    }
    case BinOp::Xor: {
      Ref<SetObject> r = to_set(a);
      set_symmetric_difference_update(r.get(), b);
      return r;
    }
    default:
      return Value();
  }
}

// --- views: methods ---

template <DictPart Part>
Value view_reversed(const CallArgs& a) {
  if (a.nargs == 0 || !is_view(a[0], Part))
    raise_type_error("descriptor '__reversed__' requires a dict view");
  no_args(a.shifted(), "__reversed__");
  return new_dict_iterator(Value(as_view(a[0])->dict), Part, true);
}

Value view_isdisjoint(const CallArgs& a) {
  if (a.nargs == 0 || !is_set_like_view(a[0]))
    raise_type_error("descriptor 'isdisjoint' requires a dict view");
  CallArgs rest = a.shifted();
  one_arg(rest, "isdisjoint");
  const Value& self = a[0];
  const Value& other = rest[0];
  if (self.is(other)) return Value::boolean(length(self) == 0);
  Value it = get_iter(other);
  Value x;
  while (iter_next(it, x))
    if (contains(self, x)) return Value::boolean(false);
  return Value::boolean(true);
}

Value view_len_method(const CallArgs& a) {
  if (a.nargs == 0 || !a[0].is_obj() || a[0].as_obj()->type->len != view_len)
    raise_type_error("descriptor '__len__' requires a dict view");
  no_args(a.shifted(), "__len__");
  return Value::integer(view_len(a[0]));
}

TypeObject* make_view_type(const char* name, DictPart part, ContainsSlot contains_slot) {
  TypeObject* t = new_private_type(name);
  t->repr = view_repr;
  t->len = view_len;
  t->iter = view_iter;
  t->contains = contains_slot;
  if (part != DictPart::Values) {
    t->compare = view_compare;
    t->binary = view_binary;
    add_method(t, "isdisjoint", view_isdisjoint,
               "Return True if the view and the given iterable have a null intersection.");
    mark_unhashable(t);
  }
  add_method(t, "__len__", view_len_method, "Return len(self).");
  return t;
}

}  // namespace

Value containers::new_dict_view(const Value& dict, DictPart part) {
  return Value(new DictViewObject(Ref<DictObject>::from(dict), part));
}

Value containers::new_dict_iterator(const Value& dict, DictPart part, bool reversed) {
  return Value(new DictIterObject(Ref<DictObject>::from(dict), part, reversed));
}

void containers::init_dict_views() {
  view_types[0] = make_view_type("dict_keys", DictPart::Keys, keys_contains);
  view_types[1] = make_view_type("dict_values", DictPart::Values, values_contains);
  view_types[2] = make_view_type("dict_items", DictPart::Items, items_contains);
  add_method(view_types[0], "__reversed__", view_reversed<DictPart::Keys>,
             "Return a reverse iterator over the dict keys.");
  add_method(view_types[1], "__reversed__", view_reversed<DictPart::Values>,
             "Return a reverse iterator over the dict values.");
  add_method(view_types[2], "__reversed__", view_reversed<DictPart::Items>,
             "Return a reverse iterator over the dict items.");

  const char* names[3] = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};
  const char* rev_names[3] = {"dict_reversekeyiterator", "dict_reversevalueiterator",
                              "dict_reverseitemiterator"};
  for (int i = 0; i < 3; ++i) {
    iter_types[i] = new_iterator_type(names[i], dict_iter_next);
    reviter_types[i] = new_iterator_type(rev_names[i], dict_iter_next);
    for (TypeObject* t : {iter_types[i], reviter_types[i]}) {
      add_method(t, "__length_hint__", length_hint,
                 "Private method returning an estimate of len(list(it)).");
    }
  }
}

}  // namespace gilt
