// range: an immutable arithmetic sequence of int64 values, and range_iterator.
//
// CPython's range accepts any int; gilt's bounds, step and length must fit int64 and anything
// larger raises OverflowError ("Python int too large to convert to C ssize_t"). Arithmetic
// that could overflow is done in 128 bits.
#include "runtime/range.hpp"

#include "runtime/attributes.hpp"
#include "runtime/container_util.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

namespace {

TypeObject* range_iterator_type = nullptr;

// The number of values; may exceed int64 for extreme bounds (the caller checks).
__int128 range_length(int64_t start, int64_t stop, int64_t step) {
  const __int128 lo = start, hi = stop, st = step;
  if (st > 0 && lo < hi) return (hi - lo - 1) / st + 1;
  if (st < 0 && lo > hi) return (lo - hi - 1) / -st + 1;
  return 0;
}

int64_t checked_int64(__int128 v) {
  if (v > INT64_MAX || v < INT64_MIN)
    raise_overflow_error("Python int too large to convert to C ssize_t");
  return static_cast<int64_t>(v);
}

Ref<RangeObject> make_range(int64_t start, int64_t stop, int64_t step) {
  checked_int64(range_length(start, stop, step));
  return make<RangeObject>(start, stop, step);
}

RangeObject* as_range(const Value& v) {
  return v.as<RangeObject>();
}

}  // namespace

RangeObject::RangeObject(int64_t b, int64_t e, int64_t s)
    : Object(range_type), start(b), stop(e), step(s) {
  __int128 n = range_length(b, e, s);
  length = n > INT64_MAX ? INT64_MAX : static_cast<int64_t>(n);  // make_range has checked
}
RangeObject::~RangeObject() = default;

namespace {

// --- slots ---

Value range_repr(const Value& self) {
  RangeObject* r = as_range(self);
  if (r->step == 1) return make_str(cat("range(", r->start, ", ", r->stop, ")"));
  return make_str(cat("range(", r->start, ", ", r->stop, ", ", r->step, ")"));
}

// As sequences: equal when they produce the same values (range_equals).
bool range_equal(const RangeObject* a, const RangeObject* b) {
  if (a == b) return true;
  if (a->length != b->length) return false;
  if (a->length == 0) return true;
  if (a->start != b->start) return false;
  if (a->length == 1) return true;
  return a->step == b->step;
}

Value range_compare(const Value& a, const Value& b, CmpOp op) {
  if (!is_exact(a, range_type) || !is_exact(b, range_type)) return Value();
  if (op != CmpOp::Eq && op != CmpOp::Ne) return Value();
  bool eq = range_equal(as_range(a), as_range(b));
  return Value::boolean(op == CmpOp::Eq ? eq : !eq);
}

// hash((len, start, step)) with start and step None where they do not matter (range_hash).
int64_t range_hash(const Value& self) {
  RangeObject* r = as_range(self);
  Value items[3] = {Value::integer(r->length), Value::none(), Value::none()};
  if (r->length != 0) {
    items[1] = Value::integer(r->start);
    if (r->length != 1) items[2] = Value::integer(r->step);
  }
  return hash_items(items, 3);
}

int64_t range_len(const Value& self) {
  return as_range(self)->length;
}

Value range_getitem(const Value& self, const Value& key) {
  RangeObject* r = as_range(self);
  if (is_slice(key)) {
    int64_t start, stop, step;
    key.as<SliceObject>()->indices(r->length, start, stop, step);
    const __int128 new_start =
        static_cast<__int128>(r->start) + static_cast<__int128>(start) * r->step;
    const __int128 new_stop =
        static_cast<__int128>(r->start) + static_cast<__int128>(stop) * r->step;
    const __int128 new_step = static_cast<__int128>(r->step) * step;
    return make_range(checked_int64(new_start), checked_int64(new_stop), checked_int64(new_step));
  }
  int64_t i;
  if (key.is_int() || key.is_bool()) {
    i = key.as_int();
  } else if (is_bigint(key)) {
    raise_index_error("range object index out of range");
  } else if (is_index(key)) {
    i = index_to_int64(key);
  } else {
    raise_type_error(cat("range indices must be integers or slices, not ", type_name(key)));
  }
  if (!normalize_index(i, r->length)) raise_index_error("range object index out of range");
  return Value::integer(r->at(i));
}

// The position of an int value in the range, or -1.
int64_t position_of(const RangeObject* r, const Value& v) {
  if (!(v.is_int() || v.is_bool())) return -1;  // big ints lie outside any int64 range
  const __int128 x = v.as_int();
  const __int128 offset = x - r->start;
  if (r->length == 0 || offset % r->step != 0) return -1;
  const __int128 k = offset / r->step;
  return k >= 0 && k < r->length ? static_cast<int64_t>(k) : -1;
}

bool range_contains(const Value& self, const Value& item) {
  RangeObject* r = as_range(self);
  if (is_int_value(item)) return position_of(r, item) >= 0;  // O(1) for ints
  for (int64_t i = 0; i < r->length; ++i)  // other values compare by ==, as in CPython
    if (equals(Value::integer(r->at(i)), item)) return true;
  return false;
}

// --- iterator ---

struct RangeIterObject : Object {
  int64_t next, step, remaining;
  RangeIterObject(int64_t n, int64_t s, int64_t len)
      : Object(range_iterator_type), next(n), step(s), remaining(len) {}
};

Value range_iter(const Value& self) {
  RangeObject* r = as_range(self);
  return Value(new RangeIterObject(r->start, r->step, r->length));
}

bool range_iter_next(const Value& self, Value& out) {
  auto* it = self.as<RangeIterObject>();
  if (it->remaining <= 0) return false;
  out = Value::integer(it->next);
  --it->remaining;
  // Wraps harmlessly after the last value (never read): unsigned arithmetic avoids UB.
  it->next =
      static_cast<int64_t>(static_cast<uint64_t>(it->next) + static_cast<uint64_t>(it->step));
  return true;
}

Value range_iter_length_hint(const CallArgs& a) {
  if (a.nargs == 0 || !is_exact(a[0], range_iterator_type))
    raise_type_error("descriptor '__length_hint__' requires a 'range_iterator' object");
  return Value::integer(a[0].as<RangeIterObject>()->remaining);
}

// --- construction, methods, attributes ---

Value range_new(TypeObject*, const CallArgs& a) {
  no_kwargs(a, "range");
  count_args(a, "range", 1, 3);
  int64_t start = 0, stop, step = 1;
  if (a.nargs == 1) {
    stop = index_to_int64(a[0]);
  } else {
    start = index_to_int64(a[0]);
    stop = index_to_int64(a[1]);
    if (a.nargs == 3) {
      step = index_to_int64(a[2]);
      if (step == 0) raise_value_error("range() arg 3 must not be zero");
    }
  }
  return make_range(start, stop, step);
}

Value range_reversed(const CallArgs& a) {
  no_args(method_args(a, range_type, "__reversed__"), "range.__reversed__");
  RangeObject* r = as_range(a[0]);
  if (r->length == 0) return Value(new RangeIterObject(r->start, r->step, 0));
  const __int128 last =
      static_cast<__int128>(r->start) + static_cast<__int128>(r->length - 1) * r->step;
  // -step wraps for INT64_MIN; the unsigned stepping in range_iter_next still lands right.
  const int64_t back = static_cast<int64_t>(0 - static_cast<uint64_t>(r->step));
  return Value(new RangeIterObject(static_cast<int64_t>(last), back, r->length));
}

Value range_count(const CallArgs& a) {
  CallArgs rest = method_args(a, range_type, "count");
  one_arg(rest, "range.count");
  RangeObject* r = as_range(a[0]);
  if (is_int_value(rest[0])) return Value::integer(position_of(r, rest[0]) >= 0 ? 1 : 0);
  int64_t n = 0;
  for (int64_t i = 0; i < r->length; ++i)
    if (equals(Value::integer(r->at(i)), rest[0])) ++n;
  return Value::integer(n);
}

Value range_index(const CallArgs& a) {
  CallArgs rest = method_args(a, range_type, "index");
  one_arg(rest, "range.index");
  RangeObject* r = as_range(a[0]);
  const Value& x = rest[0];
  if (is_int_value(x)) {
    int64_t i = position_of(r, x);
    if (i < 0) raise_value_error(cat(repr_utf8(x), " is not in range"));
    return Value::integer(i);
  }
  for (int64_t i = 0; i < r->length; ++i)
    if (equals(Value::integer(r->at(i)), x)) return Value::integer(i);
  raise_value_error("sequence.index(x): x not in sequence");
}

Value get_start(const Value& self) {
  return Value::integer(as_range(self)->start);
}
Value get_stop(const Value& self) {
  return Value::integer(as_range(self)->stop);
}
Value get_step(const Value& self) {
  return Value::integer(as_range(self)->step);
}

}  // namespace

void containers::init_range_type() {
  TypeObject* t = range_type;
  t->doc =
      "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an "
      "object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) "
      "by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is "
      "omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list "
      "of 4 elements.\nWhen step is given, it specifies the increment (or decrement).";
  t->repr = range_repr;
  t->hash = range_hash;
  t->compare = range_compare;
  t->len = range_len;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->iter = range_iter;
  t->new_ = range_new;
  add_method(t, "__reversed__", range_reversed, "Return a reverse iterator.");
  add_method(t, "count", range_count,
             "rangeobject.count(value) -> integer -- return number of occurrences of value");
  add_method(t, "index", range_index,
             "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if "
             "the value is not present.");
  add_getset(t, "start", get_start);
  add_getset(t, "stop", get_stop);
  add_getset(t, "step", get_step);
  add_slot_methods(t);
  t->modified();

  range_iterator_type = new_iterator_type("range_iterator", range_iter_next);
  add_method(range_iterator_type, "__length_hint__", range_iter_length_hint,
             "Private method returning an estimate of len(list(it)).");
}

}  // namespace gilt
