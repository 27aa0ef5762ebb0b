// tuple: the immutable sequence, its iterator, and the sequence helpers tuple.hpp declares.
#include "runtime/tuple.hpp"

#include "runtime/container_util.hpp"
#include "runtime/function.hpp"
#include "runtime/range.hpp"
#include "runtime/str.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

TupleObject::TupleObject(std::vector<Value> v) : Object(tuple_type), items(std::move(v)) {}
TupleObject::~TupleObject() = default;

Ref<TupleObject> empty_tuple() {
  // Shared, as CPython's: `() is ()` and tuple([]) is ().
  static TupleObject* const empty = [] {
    auto* t = new TupleObject();
    ++t->refcnt;  // immortal
    return t;
  }();
  return Ref<TupleObject>(empty);
}

Ref<TupleObject> new_tuple(std::vector<Value> items) {
  if (items.empty()) return empty_tuple();
  return make<TupleObject>(std::move(items));
}

std::vector<Value> to_vector(const Value& iterable) {
  if (iterable.is_obj()) {
    TypeObject* t = iterable.as_obj()->type;
    if (t == list_type) return iterable.as<ListObject>()->items;
    if (t == tuple_type) return iterable.as<TupleObject>()->items;
  }
  std::vector<Value> out;
  Value it = get_iter(iterable);
  Value item;
  while (iter_next(it, item))
    out.push_back(std::move(item));
  return out;
}

bool normalize_index(int64_t& i, int64_t n) {
  if (i < 0) i += n;
  return i >= 0 && i < n;
}

namespace {

TypeObject* tuple_iterator_type = nullptr;

TupleObject* as_tuple(const Value& v) {
  return v.as<TupleObject>();
}

// --- slots ---

Value tuple_repr(const Value& self) {
  TupleObject* t = as_tuple(self);
  if (t->items.empty()) return make_str("()");
  ReprGuard guard(t);
  if (guard.recursive()) return make_str("(...)");
  return make_str(sequence_repr(t->items, '(', ')', true));
}

int64_t tuple_hash(const Value& self) {
  TupleObject* t = as_tuple(self);
  if (t->hash == -1) t->hash = hash_items(t->items.data(), t->items.size());
  return t->hash;
}

Value tuple_compare(const Value& a, const Value& b, CmpOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return Value();
  // Unlike list, tuple compares items even when the lengths differ (CPython's tuplerichcompare).
  return compare_sequences(as_tuple(a)->items, as_tuple(b)->items, op);
}

Value tuple_binary(BinOp op, const Value& a, const Value& b) {
  op = plain_op(op);  // tuple has no in-place forms
  switch (op) {
    case BinOp::Add: {
      if (!is_tuple(a)) return Value();  // reflected: tuple has no __radd__
      if (!is_tuple(b)) {
        // CPython tries the number protocol of both operands before sequence concatenation.
        TypeObject* tb = type_of(b);
        if (tb->binary && tb->binary != tuple_binary) {
          Value r = tb->binary(op, a, b);
          if (!r.is_null()) return r;
        }
        raise_type_error(cat("can only concatenate tuple (not \"", type_name(b), "\") to tuple"));
      }
      const auto& x = as_tuple(a)->items;
      const auto& y = as_tuple(b)->items;
      if (y.empty() && is_exact(a, tuple_type)) return a;
      if (x.empty() && is_exact(b, tuple_type)) return b;
      std::vector<Value> out;
      out.reserve(x.size() + y.size());
      out.insert(out.end(), x.begin(), x.end());
      out.insert(out.end(), y.begin(), y.end());
      return new_tuple(std::move(out));
    }
    case BinOp::Mul: {
      bool left = is_tuple(a);
      const Value& seq = left ? a : b;
      const Value& count = left ? b : a;
      if (!is_index(count)) {
        if (left) {
          TypeObject* tc = type_of(count);
          if (tc->binary && tc->binary != tuple_binary) {
            Value r = tc->binary(op, a, b);
            if (!r.is_null()) return r;
          }
        }
      }
      int64_t n = repeat_count(count);
      const auto& items = as_tuple(seq)->items;
      if (n == 1 && is_exact(seq, tuple_type)) return seq;
      return new_tuple(repeat_items(items, n));
    }
    default:
      return Value();
  }
}

int64_t tuple_len(const Value& self) {
  return static_cast<int64_t>(as_tuple(self)->items.size());
}

Value tuple_getitem(const Value& self, const Value& key) {
  const auto& items = as_tuple(self)->items;
  const int64_t n = static_cast<int64_t>(items.size());
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t count = key.as<SliceObject>()->indices(n, start, stop, step);
    if (count == n && step == 1 && is_exact(self, tuple_type)) return self;
    return new_tuple(slice_items(items, key.as<SliceObject>()));
  }
  int64_t i = subscript_index(key, "tuple");
  if (!normalize_index(i, n)) raise_index_error("tuple index out of range");
  return items[i];
}

bool tuple_contains(const Value& self, const Value& item) {
  const auto& items = as_tuple(self)->items;
  return find_item(items, item, 0, static_cast<int64_t>(items.size())) >= 0;
}

// --- iterator ---

struct TupleIterObject : Object {
  Ref<TupleObject> seq;  // null once exhausted
  size_t index = 0;
  explicit TupleIterObject(Ref<TupleObject> s) : Object(tuple_iterator_type), seq(std::move(s)) {}
};

Value tuple_iter(const Value& self) {
  return Value(new TupleIterObject(Ref<TupleObject>::from(self)));
}

bool tuple_iter_next(const Value& self, Value& out) {
  auto* it = self.as<TupleIterObject>();
  if (!it->seq) return false;
  if (it->index < it->seq->items.size()) {
    out = it->seq->items[it->index++];
    return true;
  }
  it->seq = Ref<TupleObject>();
  return false;
}

Value tuple_iter_length_hint(const CallArgs& a) {
  CallArgs rest = method_args(a, tuple_iterator_type, "__length_hint__");
  no_args(rest, "__length_hint__");
  auto* it = a[0].as<TupleIterObject>();
  if (!it->seq) return Value::integer(0);
  return Value::integer(static_cast<int64_t>(it->seq->items.size() - it->index));
}

// --- construction and methods ---

Value tuple_new(TypeObject* type, const CallArgs& a) {
  no_kwargs(a, "tuple");
  count_args(a, "tuple", 0, 1);
  if (type == tuple_type) {
    if (a.nargs == 0) return empty_tuple();
    if (is_exact(a[0], tuple_type)) return a[0];
    return new_tuple(to_vector(a[0]));
  }
  auto t = make<TupleObject>(a.nargs ? to_vector(a[0]) : std::vector<Value>());
  set_instance_type(t.get(), type);
  return t;
}

Value tuple_count(const CallArgs& a) {
  CallArgs rest = method_args(a, tuple_type, "count");
  one_arg(rest, "tuple.count");
  return Value::integer(count_item(as_tuple(a[0])->items, rest[0]));
}

Value tuple_index(const CallArgs& a) {
  CallArgs rest = method_args(a, tuple_type, "index");
  pos_args(rest, "tuple.index", "index", 1, 3);
  const auto& items = as_tuple(a[0])->items;
  int64_t lo, hi;
  index_bounds(rest.nargs > 1 ? rest[1] : Value(), rest.nargs > 2 ? rest[2] : Value(),
               static_cast<int64_t>(items.size()), lo, hi);
  int64_t i = find_item(items, rest[0], lo, hi);
  if (i < 0) raise_value_error("tuple.index(x): x not in tuple");
  return Value::integer(i);
}

}  // namespace

void containers::init_tuple_type() {
  TypeObject* t = tuple_type;
  t->doc =
      "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an "
      "empty tuple.\nIf iterable is specified the tuple is initialized from iterable's "
      "items.\n\nIf the argument is a tuple, the return value is the same object.";
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->compare = tuple_compare;
  t->binary = tuple_binary;
  t->len = tuple_len;
  t->getitem = tuple_getitem;
  t->contains = tuple_contains;
  t->iter = tuple_iter;
  t->new_ = tuple_new;
  add_method(t, "count", tuple_count, "Return number of occurrences of value.");
  add_method(t, "index", tuple_index,
             "Return first index of value.\n\nRaises ValueError if the value is not present.");
  add_slot_methods(t);
  t->modified();

  tuple_iterator_type = new_iterator_type("tuple_iterator", tuple_iter_next);
  add_method(tuple_iterator_type, "__length_hint__", tuple_iter_length_hint,
             "Private method returning an estimate of len(list(it)).");
}

}  // namespace gilt
