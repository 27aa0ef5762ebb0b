// The dict type: slots (repr, ==, |, subscripts, iteration), construction and the methods.
// The table itself is dict.cpp; views and iterators are dict_views.cpp.
#include "runtime/container_util.hpp"
#include "runtime/dict.hpp"
#include "runtime/function.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

namespace {

DictObject* as_dict(const Value& v) {
  return v.as<DictObject>();
}

// --- updating from other objects ---

// Every entry of another dict (dict_merge with override), by entry number, so a __eq__ that
// changes `other` is noticed instead of read through ("dict mutated during update").
void merge_dict(DictObject* d, const DictObject* other) {
  if (other == d || other->used == 0) return;
  const size_t n = other->entries.size();
  for (size_t i = 0; i < n && i < other->entries.size(); ++i) {
    const DictObject::Entry& e = other->entries[i];
    if (e.key.is_null()) continue;
    Value key = e.key;
    Value value = e.value;
    dict_set_hashed(d, key, e.hash, value);
    if (other->entries.size() != n) raise(exc_RuntimeError, "dict mutated during update");
  }
}

// The items of an update-sequence element (PySequence_Fast with the element's number).
std::vector<Value> update_pair(const Value& item, int64_t n) {
  if (item.is_obj()) {
    TypeObject* t = item.as_obj()->type;
    if (t == tuple_type) return item.as<TupleObject>()->items;
    if (t == list_type) return item.as<ListObject>()->items;
  }
  Value it;
  try {
    it = get_iter(item);
  } catch (PyException& e) {
    if (!is_instance(e.exc, exc_TypeError)) throw;
    raise_type_error(
        cat("cannot convert dictionary update sequence element #", n, " to a sequence"));
  }
  std::vector<Value> out;
  Value x;
  while (iter_next(it, x))
    out.push_back(std::move(x));
  return out;
}

void merge_pairs(DictObject* d, const Value& seq) {
  Value it = get_iter(seq);
  Value item;
  for (int64_t n = 0; iter_next(it, item); ++n) {
    std::vector<Value> pair = update_pair(item, n);
    if (pair.size() != 2) {
      raise_value_error(cat("dictionary update sequence element #", n, " has length ", pair.size(),
                            "; 2 is required"));
    }
    d->set(pair[0], pair[1]);
  }
}

// dict_update_arg: a dict, anything with keys(), or an iterable of pairs.
void update_from(DictObject* d, const Value& other) {
  if (is_dict(other)) return merge_dict(d, as_dict(other));
  static StrObject* const keys_name = intern("keys");
  Value keys = get_attr_or_null(other, keys_name);
  if (!keys.is_null()) {
    Value key_list = call(keys, {});
    Value it = get_iter(key_list);
    Value key;
    while (iter_next(it, key))
      d->set(key, get_item(other, key));
    return;
  }
  merge_pairs(d, other);
}

void update_with_keywords(DictObject* d, const CallArgs& a) {
  for (size_t i = 0; i < a.nkw; ++i)
    d->set(Value(a.kwname(i)), a.kwvalue(i));
}

// --- slots ---

Value dict_repr(const Value& self) {
  DictObject* d = as_dict(self);
  if (d->used == 0) return make_str("{}");
  ReprGuard guard(d);
  if (guard.recursive()) return make_str("{...}");
  std::string out = "{";
  bool first = true;
  for (size_t i = 0; i < d->entries.size(); ++i) {
    if (d->entries[i].key.is_null()) continue;
    Value key = d->entries[i].key;  // a __repr__ may change the dict
    Value value = d->entries[i].value;
    if (!first) out += ", ";
    first = false;
    append_repr(out, key);
    out += ": ";
    append_repr(out, value);
  }
  out += '}';
  return make_str(out);
}

bool dict_equal(const DictObject* a, const DictObject* b) {
  if (a->used != b->used) return false;
  for (size_t i = 0; i < a->entries.size(); ++i) {
    if (a->entries[i].key.is_null()) continue;
    Value key = a->entries[i].key;
    Value value = a->entries[i].value;
    Value other = dict_get_hashed(b, key, a->entries[i].hash);
    if (other.is_null()) return false;
    if (!value.is(other) && !equals(value, other)) return false;
  }
  return true;
}

Value dict_compare(const Value& a, const Value& b, CmpOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return Value();
  bool eq = dict_equal(as_dict(a), as_dict(b));
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}

Value dict_binary(BinOp op, const Value& a, const Value& b) {
  if (op == BinOp::Or) {
    if (!is_dict(a) || !is_dict(b)) return Value();
    Ref<DictObject> d = dict_copy(as_dict(a));
    merge_dict(d.get(), as_dict(b));
    return d;
  }
  if (op == BinOp::InplaceOr) {
    if (!is_dict(a)) return Value();
    update_from(as_dict(a), b);
    return a;
  }
  return Value();
}

int64_t dict_len(const Value& self) {
  return static_cast<int64_t>(as_dict(self)->used);
}

Value dict_getitem(const Value& self, const Value& key) {
  DictObject* d = as_dict(self);
  Value v = d->get(key);
  if (!v.is_null()) return v;
  if (!is_exact(self, dict_type)) {  // a subclass may supply missing keys
    static StrObject* const missing_name = intern("__missing__");
    Value missing = type_of(self)->lookup(missing_name);
    if (!missing.is_null()) return call(missing, {self, key});
  }
  raise_key_error(key);
}

void dict_setitem(const Value& self, const Value& key, const Value& value) {
  DictObject* d = as_dict(self);
  if (value.is_null()) {
    if (!d->remove(key)) raise_key_error(key);
    return;
  }
  d->set(key, value);
}

bool dict_contains(const Value& self, const Value& key) {
  return !as_dict(self)->get(key).is_null();
}

Value dict_iter(const Value& self) {
  return new_dict_iterator(self, DictPart::Keys, false);
}

// --- construction ---

Value dict_new(TypeObject* type, const CallArgs&) {
  auto d = new_dict();
  set_instance_type(d.get(), type);
  return d;
}

void dict_init(const Value& self, const CallArgs& a) {
  count_args(a, "dict", 0, 1);
  DictObject* d = as_dict(self);
  if (a.nargs) update_from(d, a[0]);
  update_with_keywords(d, a);
}

Value dict_init_method(const CallArgs& a) {
  CallArgs rest = method_args(a, dict_type, "__init__");
  dict_init(a[0], rest);
  return Value::none();
}

// dict.fromkeys(iterable, value=None). Built-in methods cannot be classmethods yet, so this is
// stored in dict's type dict as a plain function (no binding): `dict.fromkeys(k)` and
// `{}.fromkeys(k)` both arrive as (k[, value]). When a classmethod binding later passes the
// class first, a leading dict type (or subclass) is taken as `cls`.
Value dict_fromkeys(const CallArgs& args) {
  CallArgs a = args;
  Value cls(dict_type);
  if (a.nargs > 0 && a[0].is_obj() && a[0].as_obj()->type->is_subtype_of(type_type) &&
      static_cast<TypeObject*>(a[0].as_obj())->is_subtype_of(dict_type)) {
    cls = a[0];
    a = a.shifted();
  }
  pos_args(a, "dict.fromkeys", "fromkeys", 1, 2);
  const Value value = a.nargs > 1 ? a[1] : Value::none();
  Value result = cls.as_obj() == dict_type ? Value(new_dict()) : call(cls, {});
  if (!is_exact(result, dict_type)) {
    for_each(a[0], [&](const Value& key) { set_item(result, key, value); });
    return result;
  }
  DictObject* d = as_dict(result);
  const Value& iterable = a[0];
  if (is_exact(iterable, dict_type)) {
    const DictObject* src = as_dict(iterable);
    for (size_t i = 0; i < src->entries.size(); ++i) {
      if (src->entries[i].key.is_null()) continue;
      Value key = src->entries[i].key;
      dict_set_hashed(d, key, src->entries[i].hash, value);
    }
    return result;
  }
  for_each(iterable, [&](const Value& key) { d->set(key, value); });
  return result;
}

// --- methods ---

Value dict_keys(const CallArgs& a) {
  no_args(method_args(a, dict_type, "keys"), "dict.keys");
  return new_dict_view(a[0], DictPart::Keys);
}

Value dict_values(const CallArgs& a) {
  no_args(method_args(a, dict_type, "values"), "dict.values");
  return new_dict_view(a[0], DictPart::Values);
}

Value dict_items(const CallArgs& a) {
  no_args(method_args(a, dict_type, "items"), "dict.items");
  return new_dict_view(a[0], DictPart::Items);
}

Value dict_get(const CallArgs& a) {
  CallArgs rest = method_args(a, dict_type, "get");
  pos_args(rest, "dict.get", "get", 1, 2);
  Value v = as_dict(a[0])->get(rest[0]);
  if (!v.is_null()) return v;
  return rest.nargs > 1 ? rest[1] : Value::none();
}

Value dict_setdefault(const CallArgs& a) {
  CallArgs rest = method_args(a, dict_type, "setdefault");
  pos_args(rest, "dict.setdefault", "setdefault", 1, 2);
  DictObject* d = as_dict(a[0]);
  const int64_t hash = dict_key_hash(rest[0]);
  Value v = dict_get_hashed(d, rest[0], hash);
  if (!v.is_null()) return v;
  Value dflt = rest.nargs > 1 ? rest[1] : Value::none();
  dict_set_hashed(d, rest[0], hash, dflt);
  return dflt;
}

Value dict_pop(const CallArgs& a) {
  CallArgs rest = method_args(a, dict_type, "pop");
  pos_args(rest, "dict.pop", "pop", 1, 2);
  DictObject* d = as_dict(a[0]);
  if (d->used == 0) {  // CPython answers before hashing the key
    if (rest.nargs > 1) return rest[1];
    raise_key_error(rest[0]);
  }
  Value v = d->pop(rest[0]);
  if (!v.is_null()) return v;
  if (rest.nargs > 1) return rest[1];
  raise_key_error(rest[0]);
}

Value dict_popitem(const CallArgs& a) {
  no_args(method_args(a, dict_type, "popitem"), "dict.popitem");
  Value key, value;
  if (!as_dict(a[0])->pop_last(key, value)) raise(exc_KeyError, "popitem(): dictionary is empty");
  return new_tuple({std::move(key), std::move(value)});
}

Value dict_update(const CallArgs& a) {
  CallArgs rest = method_args(a, dict_type, "update");
  count_args(rest, "update", 0, 1);
  DictObject* d = as_dict(a[0]);
  if (rest.nargs) update_from(d, rest[0]);
  update_with_keywords(d, rest);
  return Value::none();
}

Value dict_clear(const CallArgs& a) {
  no_args(method_args(a, dict_type, "clear"), "dict.clear");
  as_dict(a[0])->clear();
  return Value::none();
}

Value dict_copy_method(const CallArgs& a) {
  no_args(method_args(a, dict_type, "copy"), "dict.copy");
  return dict_copy(as_dict(a[0]));
}

Value dict_reversed(const CallArgs& a) {
  no_args(method_args(a, dict_type, "__reversed__"), "dict.__reversed__");
  return new_dict_iterator(a[0], DictPart::Keys, true);
}

}  // namespace

void containers::init_dict_type() {
  TypeObject* t = dict_type;
  t->doc =
      "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a "
      "mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized "
      "as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> "
      "new dictionary initialized with the name=value pairs\n    in the keyword argument "
      "list.  For example:  dict(one=1, two=2)";
  t->repr = dict_repr;
  t->compare = dict_compare;
  t->binary = dict_binary;
  t->len = dict_len;
  t->getitem = dict_getitem;
  t->setitem = dict_setitem;
  t->contains = dict_contains;
  t->iter = dict_iter;
  t->new_ = dict_new;
  t->init = dict_init;
  add_method(t, "__init__", dict_init_method,
             "Initialize self.  See help(type(self)) for accurate signature.");
  add_method(t, "keys", dict_keys, "D.keys() -> a set-like object providing a view on D's keys");
  add_method(t, "values", dict_values, "D.values() -> an object providing a view on D's values");
  add_method(t, "items", dict_items,
             "D.items() -> a set-like object providing a view on D's items");
  add_method(t, "get", dict_get,
             "Return the value for key if key is in the dictionary, else default.");
  add_method(t, "setdefault", dict_setdefault,
             "Insert key with a value of default if key is not in the dictionary.\n\nReturn the "
             "value for key if key is in the dictionary, else default.");
  add_method(t, "pop", dict_pop,
             "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
             "If the key is not found, return the default if given; otherwise,\nraise a KeyError.");
  add_method(t, "popitem", dict_popitem,
             "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO "
             "(last-in, first-out) order.\nRaises KeyError if the dict is empty.");
  add_method(t, "update", dict_update,
             "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.");
  add_method(t, "clear", dict_clear, "D.clear() -> None.  Remove all items from D.");
  add_method(t, "copy", dict_copy_method, "D.copy() -> a shallow copy of D");
  add_method(t, "__reversed__", dict_reversed, "Return a reverse iterator over the dict keys.");
  add_function(t->dict.get(), "fromkeys", dict_fromkeys,
               "Create a new dictionary with keys from iterable and values set to value.");
  add_slot_methods(t);
  mark_unhashable(t);
  t->modified();
}

}  // namespace gilt
