// slice objects, and SliceObject::indices (CPython's PySlice_GetIndicesEx) which every
// sequence's slicing goes through.
#include "runtime/attributes.hpp"
#include "runtime/container_util.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/range.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

SliceObject::SliceObject(Value b, Value e, Value s)
    : Object(slice_type), start(std::move(b)), stop(std::move(e)), step(std::move(s)) {}
SliceObject::~SliceObject() = default;

namespace {

// _PyEval_SliceIndex: an int, clamped to the int64 range.
int64_t slice_index(const Value& v) {
  if (v.is_int() || v.is_bool()) return v.as_int();
  if (is_bigint(v)) return to_bigint(v) < 0 ? INT64_MIN : INT64_MAX;
  raise_type_error("slice indices must be integers or None or have an __index__ method");
}

}  // namespace

int64_t SliceObject::indices(int64_t length, int64_t& b, int64_t& e, int64_t& s) const {
  // PySlice_Unpack
  if (step.is_none()) {
    s = 1;
  } else {
    s = slice_index(step);
    if (s == 0) raise_value_error("slice step cannot be zero");
    if (s < -INT64_MAX) s = -INT64_MAX;  // so that -s cannot overflow
  }
  b = start.is_none() ? (s < 0 ? INT64_MAX : 0) : slice_index(start);
  e = stop.is_none() ? (s < 0 ? INT64_MIN : INT64_MAX) : slice_index(stop);
  // PySlice_AdjustIndices
  if (b < 0) {
    b += length;
    if (b < 0) b = s < 0 ? -1 : 0;
  } else if (b >= length) {
    b = s < 0 ? length - 1 : length;
  }
  if (e < 0) {
    e += length;
    if (e < 0) e = s < 0 ? -1 : 0;
  } else if (e >= length) {
    e = s < 0 ? length - 1 : length;
  }
  if (s < 0) {
    if (e < b) return (b - e - 1) / -s + 1;
  } else if (b < e) {
    return (e - b - 1) / s + 1;
  }
  return 0;
}

namespace {

SliceObject* as_slice(const Value& v) {
  return v.as<SliceObject>();
}

Value slice_repr(const Value& self) {
  SliceObject* s = as_slice(self);
  std::string out = "slice(";
  append_repr(out, s->start);
  out += ", ";
  append_repr(out, s->stop);
  out += ", ";
  append_repr(out, s->step);
  out += ')';
  return make_str(out);
}

// Slices compare as the tuples (start, stop, step).
Value slice_compare(const Value& a, const Value& b, CmpOp op) {
  if (!is_slice(a) || !is_slice(b)) return Value();
  if (a.is(b)) {
    if (op == CmpOp::Eq || op == CmpOp::Le || op == CmpOp::Ge) return Value::boolean(true);
    if (op == CmpOp::Ne || op == CmpOp::Lt || op == CmpOp::Gt) return Value::boolean(false);
  }
  SliceObject* x = as_slice(a);
  SliceObject* y = as_slice(b);
  return compare_sequences({x->start, x->stop, x->step}, {y->start, y->stop, y->step}, op);
}

Value slice_new(TypeObject*, const CallArgs& a) {
  no_kwargs(a, "slice");
  count_args(a, "slice", 1, 3);
  if (a.nargs == 1) return Value(new SliceObject(Value::none(), a[0], Value::none()));
  return Value(new SliceObject(a[0], a[1], a.nargs == 3 ? a[2] : Value::none()));
}

// slice.indices(len): exact for any int (CPython's _PySlice_GetLongIndices), so computed with
// big ints.
Value slice_indices(const CallArgs& a) {
  CallArgs rest = method_args(a, slice_type, "indices");
  one_arg(rest, "slice.indices");
  SliceObject* s = as_slice(a[0]);
  if (!is_index(rest[0]))
    raise_type_error(cat("'", type_name(rest[0]), "' object cannot be interpreted as an integer"));
  const BigInt length = to_bigint(rest[0]);
  if (length < 0) raise_value_error("length should not be negative");
  auto big_index = [](const Value& v) -> BigInt {
    if (!is_index(v))
      raise_type_error("slice indices must be integers or None or have an __index__ method");
    return to_bigint(v);
  };
  BigInt step = 1;
  if (!s->step.is_none()) {
    step = big_index(s->step);
    if (step == 0) raise_value_error("slice step cannot be zero");
  }
  const bool back = step < 0;
  const BigInt lower = back ? BigInt(-1) : BigInt(0);
  const BigInt upper = back ? BigInt(length - 1) : length;
  auto adjust = [&](const Value& v, const BigInt& dflt) -> BigInt {
    if (v.is_none()) return dflt;
    BigInt i = big_index(v);
    if (i < 0) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) {
      i = upper;
    }
    return i;
  };
  BigInt start = adjust(s->start, back ? upper : lower);
  BigInt stop = adjust(s->stop, back ? lower : upper);
  return new_tuple({make_int(start), make_int(stop), make_int(step)});
}

Value get_start(const Value& self) {
  return as_slice(self)->start;
}
Value get_stop(const Value& self) {
  return as_slice(self)->stop;
}
Value get_step(const Value& self) {
  return as_slice(self)->step;
}

}  // namespace

void containers::init_slice_type() {
  TypeObject* t = slice_type;
  t->doc =
      "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for "
      "extended slicing (e.g. a[0:10:2]).";
  t->repr = slice_repr;
  t->compare = slice_compare;
  t->new_ = slice_new;
  add_method(t, "indices", slice_indices,
             "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, "
             "calculate the start and stop\nindices, and the stride length of the extended "
             "slice described by\nS. Out of bounds indices are clipped in a manner consistent "
             "with the\nhandling of normal slices.");
  add_getset(t, "start", get_start);
  add_getset(t, "stop", get_stop);
  add_getset(t, "step", get_step);
  mark_unhashable(t);
  t->modified();
}

}  // namespace gilt
