// range: an immutable arithmetic sequence of ints, and its iterators.
//
// Like CPython's, range accepts ints of any size; only len() of a range longer than int64
// raises OverflowError ("Python int too large to convert to C ssize_t"). A range whose bounds,
// step and length all fit int64 (nearly every one) uses the int64 fields and an allocation-free
// iterator, with 128-bit arithmetic where int64 could overflow; any other range keeps exact
// Python ints in RangeObject::big and takes the BigInt paths below.
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
TypeObject* longrange_iterator_type = nullptr;

// The number of values; may exceed int64 for extreme bounds (the caller checks).
__int128 range_length(int64_t start, int64_t stop, int64_t step) {
  const __int128 lo = start, hi = stop, st = step;
  if (st > 0 && lo < hi) return (hi - lo - 1) / st + 1;
  if (st < 0 && lo > hi) return (lo - hi - 1) / -st + 1;
  return 0;
}

BigInt range_length(const BigInt& lo, const BigInt& hi, const BigInt& st) {
  if (st > 0 && lo < hi) return (hi - lo - 1) / st + 1;
  if (st < 0 && lo > hi) return (lo - hi - 1) / -st + 1;
  return 0;
}

bool fits_int64(const BigInt& v) {
  return v >= INT64_MIN && v <= INT64_MAX;
}

void make_big(RangeObject* r, const BigInt& start, const BigInt& stop, const BigInt& step) {
  r->start = r->stop = r->length = 0;
  r->step = 1;
  r->big = std::make_unique<RangeObject::Big>(RangeObject::Big{
      make_int(start), make_int(stop), make_int(step), make_int(range_length(start, stop, step))});
}

Ref<RangeObject> make_range(const BigInt& start, const BigInt& stop, const BigInt& step) {
  if (fits_int64(start) && fits_int64(stop) && fits_int64(step))
    return make<RangeObject>(static_cast<int64_t>(start), static_cast<int64_t>(stop),
                             static_cast<int64_t>(step));
  Ref<RangeObject> r = make<RangeObject>(0, 0, 1);
  make_big(r.get(), start, stop, step);
  return r;
}

Ref<RangeObject> make_range(__int128 start, __int128 stop, __int128 step) {
  auto fits = [](__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
  if (fits(start) && fits(stop) && fits(step))
    return make<RangeObject>(static_cast<int64_t>(start), static_cast<int64_t>(stop),
                             static_cast<int64_t>(step));
  return make_range(BigInt(start), BigInt(stop), BigInt(step));
}

RangeObject* as_range(const Value& v) {
  return v.as<RangeObject>();
}

// The fields as Python ints, whichever representation holds them.
Value start_of(const RangeObject* r) {
  return r->big ? r->big->start : Value::integer(r->start);
}
Value stop_of(const RangeObject* r) {
  return r->big ? r->big->stop : Value::integer(r->stop);
}
Value step_of(const RangeObject* r) {
  return r->big ? r->big->step : Value::integer(r->step);
}
Value length_of(const RangeObject* r) {
  return r->big ? r->big->length : Value::integer(r->length);
}

// The exact fields, for the BigInt paths.
struct Bounds {
  BigInt start, step, length;
  explicit Bounds(const RangeObject* r)
      : start(to_bigint(start_of(r))),
        step(to_bigint(step_of(r))),
        length(to_bigint(length_of(r))) {}
};

// Calls visit(value) for each value in order until it returns true; true if one did. The
// linear path for non-int operands of `in`, count() and index(), which compare by ==.
template <class Visit>
bool scan(const RangeObject* r, Visit visit) {
  if (!r->big) {
    for (int64_t i = 0; i < r->length; ++i)
      if (visit(Value::integer(r->at(i)))) return true;
    return false;
  }
  const Bounds b(r);
  BigInt v = b.start;
  for (BigInt i = 0; i < b.length; ++i, v += b.step)
    if (visit(make_int(v))) return true;
  return false;
}

}  // namespace

RangeObject::RangeObject(int64_t b, int64_t e, int64_t s)
    : Object(range_type), start(b), stop(e), step(s), length(0) {
  const __int128 n = range_length(b, e, s);
  if (n <= INT64_MAX)
    length = static_cast<int64_t>(n);
  else
    make_big(this, b, e, s);  // e.g. range(-2**63, 2**63 - 1)
}
RangeObject::~RangeObject() = default;

namespace {

// --- slots ---

Value range_repr(const Value& self) {
  RangeObject* r = as_range(self);
  if (!r->big) {
    if (r->step == 1) return make_str(cat("range(", r->start, ", ", r->stop, ")"));
    return make_str(cat("range(", r->start, ", ", r->stop, ", ", r->step, ")"));
  }
  const Value& step = r->big->step;
  std::string text = cat("range(", int_to_string(r->big->start), ", ", int_to_string(r->big->stop));
  if (!(step.is_int() && step.as_int() == 1)) text += cat(", ", int_to_string(step));
  return make_str(text + ")");
}

// As sequences: equal when they produce the same values (range_equals).
bool range_equal(const RangeObject* a, const RangeObject* b) {
  if (a == b) return true;
  if (!a->big && !b->big) {
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    if (a->length == 1) return true;
    return a->step == b->step;
  }
  const Bounds x(a), y(b);
  if (x.length != y.length) return false;
  if (x.length == 0) return true;
  if (x.start != y.start) return false;
  if (x.length == 1) return true;
  return x.step == y.step;
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
  Value items[3] = {length_of(r), Value::none(), Value::none()};
  const bool empty = r->big ? to_bigint(r->big->length) == 0 : r->length == 0;
  const bool single = r->big ? to_bigint(r->big->length) == 1 : r->length == 1;
  if (!empty) {
    items[1] = start_of(r);
    if (!single) items[2] = step_of(r);
  }
  return hash_items(items, 3);
}

int64_t range_len(const Value& self) {
  RangeObject* r = as_range(self);
  if (!r->big) return r->length;
  if (r->big->length.is_int()) return r->big->length.as_int();  // big bounds, short length
  raise_overflow_error("Python int too large to convert to C ssize_t");
}

// Not len(): a range too long for len() is still true.
bool range_truthy(const Value& self) {
  RangeObject* r = as_range(self);
  return r->big ? to_bigint(r->big->length) != 0 : r->length != 0;
}

bool is_small_int_or_none(const Value& v) {
  return v.is_none() || v.is_bool() || (v.is_int() && v.as_int() != INT64_MIN);
}

// range[slice] is a range (compute_slice).
Value range_slice(const RangeObject* r, const Value& key) {
  const SliceObject* s = key.as<SliceObject>();
  if (!r->big && is_small_int_or_none(s->start) && is_small_int_or_none(s->stop) &&
      is_small_int_or_none(s->step)) {
    int64_t start, stop, step;
    s->indices(r->length, start, stop, step);
    const __int128 first = static_cast<__int128>(r->start) + static_cast<__int128>(start) * r->step;
    const __int128 last = static_cast<__int128>(r->start) + static_cast<__int128>(stop) * r->step;
    return make_range(first, last, static_cast<__int128>(r->step) * step);
  }
  // Exact indices for any length and slice values: slice.indices is _PySlice_GetLongIndices.
  static StrObject* const indices_name = intern("indices");
  const Value indices = call(get_attr(key, indices_name), {length_of(r)});
  const std::vector<Value>& i = indices.as<TupleObject>()->items;
  const Bounds b(r);
  return make_range(b.start + to_bigint(i[0]) * b.step, b.start + to_bigint(i[1]) * b.step,
                    to_bigint(i[2]) * b.step);
}

Value range_getitem(const Value& self, const Value& key) {
  RangeObject* r = as_range(self);
  if (is_slice(key)) return range_slice(r, key);
  if (!is_int_value(key))
    raise_type_error(cat("range indices must be integers or slices, not ", type_name(key)));
  constexpr const char* out_of_range = "range object index out of range";
  if (!r->big) {
    if (is_bigint(key)) raise_index_error(out_of_range);  // beyond any int64 length
    int64_t i = key.as_int();
    if (!normalize_index(i, r->length)) raise_index_error(out_of_range);
    return Value::integer(r->at(i));
  }
  const Bounds b(r);
  BigInt i = to_bigint(key);
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) raise_index_error(out_of_range);
  return make_int(b.start + i * b.step);
}

// The position of int `x` in the range, or Null when absent: O(1).
Value position_of(const RangeObject* r, const Value& x) {
  if (!r->big) {
    if (!(x.is_int() || x.is_bool())) return Value();  // big ints lie outside any int64 range
    const __int128 offset = static_cast<__int128>(x.as_int()) - r->start;
    if (r->length == 0 || offset % r->step != 0) return Value();
    const __int128 k = offset / r->step;
    return k >= 0 && k < r->length ? Value::integer(static_cast<int64_t>(k)) : Value();
  }
  const Bounds b(r);
  const BigInt offset = to_bigint(x) - b.start;
  if (b.length == 0 || offset % b.step != 0) return Value();
  const BigInt k = offset / b.step;
  return k >= 0 && k < b.length ? make_int(k) : Value();
}

bool range_contains(const Value& self, const Value& item) {
  RangeObject* r = as_range(self);
  if (is_int_value(item)) return !position_of(r, item).is_null();
  return scan(r, [&](const Value& v) { return equals(v, item); });  // by ==, as in CPython
}

// --- iterators ---

// The common iterator: int64 values, no allocation per step.
struct RangeIterObject : Object {
  int64_t next, step, remaining;
  RangeIterObject(int64_t n, int64_t s, int64_t len)
      : Object(range_iterator_type), next(n), step(s), remaining(len) {}
};

// Values or a count beyond int64 (CPython's longrange_iterator).
struct LongRangeIterObject : Object {
  BigInt next, step, remaining;
  LongRangeIterObject(BigInt n, BigInt s, BigInt len)
      : Object(longrange_iterator_type),
        next(std::move(n)),
        step(std::move(s)),
        remaining(std::move(len)) {}
};

Value range_iter(const Value& self) {
  RangeObject* r = as_range(self);
  if (!r->big) {
    // CPython also switches to its long iterator when stepping past the last value could
    // overflow; gilt's iterator would cope, but the iterator's type follows CPython's.
    const bool past_end_overflows =
        r->length != 0 &&
        (r->step > 0 ? r->stop > INT64_MAX - (r->step - 1) : r->stop < INT64_MIN + (-1 - r->step));
    if (!past_end_overflows) return Value(new RangeIterObject(r->start, r->step, r->length));
  }
  const Bounds b(r);
  return Value(new LongRangeIterObject(b.start, b.step, b.length));
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

bool longrange_iter_next(const Value& self, Value& out) {
  auto* it = self.as<LongRangeIterObject>();
  if (it->remaining <= 0) return false;
  out = make_int(it->next);  // inline while it fits: iteration crosses the int64 boundary
  --it->remaining;
  it->next += it->step;
  return true;
}

Value range_iter_length_hint(const CallArgs& a) {
  if (a.nargs == 0 || !is_exact(a[0], range_iterator_type))
    raise_type_error("descriptor '__length_hint__' requires a 'range_iterator' object");
  return Value::integer(a[0].as<RangeIterObject>()->remaining);
}

Value longrange_iter_length_hint(const CallArgs& a) {
  if (a.nargs == 0 || !is_exact(a[0], longrange_iterator_type))
    raise_type_error("descriptor '__length_hint__' requires a 'longrange_iterator' object");
  return make_int(a[0].as<LongRangeIterObject>()->remaining);
}

// --- construction, methods, attributes ---

void require_int(const Value& v) {
  if (!is_int_value(v))
    raise_type_error(cat("'", type_name(v), "' object cannot be interpreted as an integer"));
}

Value range_new(TypeObject*, const CallArgs& a) {
  no_kwargs(a, "range");
  count_args(a, "range", 1, 3);
  const Value zero = Value::integer(0), one = Value::integer(1);
  const Value& start = a.nargs == 1 ? zero : a[0];
  const Value& stop = a.nargs == 1 ? a[0] : a[1];
  const Value& step = a.nargs == 3 ? a[2] : one;
  require_int(start);
  require_int(stop);
  require_int(step);
  if (!is_bigint(step) && step.as_int() == 0) raise_value_error("range() arg 3 must not be zero");
  if (!is_bigint(start) && !is_bigint(stop) && !is_bigint(step))
    return make<RangeObject>(start.as_int(), stop.as_int(), step.as_int());
  return make_range(to_bigint(start), to_bigint(stop), to_bigint(step));
}

Value range_reversed(const CallArgs& a) {
  no_args(method_args(a, range_type, "__reversed__"), "range.__reversed__");
  RangeObject* r = as_range(a[0]);
  // reversed(range(start, stop, step)) is range(start + (n-1)*step, start - step, -step); as in
  // CPython, the int64 iterator serves when -step and start - step fit as well.
  if (!r->big && r->step != INT64_MIN &&
      !(r->step > 0 ? r->start < INT64_MIN + r->step : r->start > INT64_MAX + r->step)) {
    // (length - 1) * step can exceed int64 although the last value does not: unsigned wraps.
    const uint64_t span =
        r->length == 0 ? 0 : static_cast<uint64_t>(r->length - 1) * static_cast<uint64_t>(r->step);
    const auto last = static_cast<int64_t>(static_cast<uint64_t>(r->start) + span);
    return Value(new RangeIterObject(last, -r->step, r->length));
  }
  const Bounds b(r);
  return Value(new LongRangeIterObject(b.start + (b.length - 1) * b.step, -b.step, b.length));
}

Value range_count(const CallArgs& a) {
  CallArgs rest = method_args(a, range_type, "count");
  one_arg(rest, "range.count");
  RangeObject* r = as_range(a[0]);
  const Value& x = rest[0];
  if (is_int_value(x)) return Value::integer(position_of(r, x).is_null() ? 0 : 1);
  int64_t n = 0;
  scan(r, [&](const Value& v) {
    if (equals(v, x)) ++n;
    return false;
  });
  return Value::integer(n);
}

Value range_index(const CallArgs& a) {
  CallArgs rest = method_args(a, range_type, "index");
  one_arg(rest, "range.index");
  RangeObject* r = as_range(a[0]);
  const Value& x = rest[0];
  if (is_int_value(x)) {
    Value i = position_of(r, x);
    if (i.is_null()) raise_value_error(cat(repr_utf8(x), " is not in range"));
    return i;
  }
  BigInt i = 0;
  const bool found = scan(r, [&](const Value& v) {
    if (equals(v, x)) return true;
    ++i;
    return false;
  });
  if (found) return make_int(i);
  raise_value_error("sequence.index(x): x not in sequence");
}

Value get_start(const Value& self) {
  return start_of(as_range(self));
}
Value get_stop(const Value& self) {
  return stop_of(as_range(self));
}
Value get_step(const Value& self) {
  return step_of(as_range(self));
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
  t->truthy = range_truthy;
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
  longrange_iterator_type = new_iterator_type("longrange_iterator", longrange_iter_next);
  add_method(longrange_iterator_type, "__length_hint__", longrange_iter_length_hint,
             "Private method returning an estimate of len(list(it)).");
}

}  // namespace gilt
