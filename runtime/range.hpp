// range and slice.
#pragma once

#include <memory>

#include "runtime/type.hpp"

namespace gilt {

// Python ints of any size. The common case, where start, stop, step and the length all fit
// int64, is the int64 fields alone (allocation-free iteration); otherwise `big` holds the exact
// values and the int64 fields are unused.
struct RangeObject : Object {
  struct Big {
    Value start, stop, step, length;  // ints (inline or IntObject); step != 0
  };
  int64_t start, stop, step, length;  // step != 0; valid only when big is null
  std::unique_ptr<Big> big;
  RangeObject(int64_t start, int64_t stop, int64_t step);  // becomes big if the length overflows
  ~RangeObject() override;
  int64_t at(int64_t i) const { return start + i * step; }  // small ranges only
};

struct SliceObject : Object {
  Value start, stop, step;  // None when omitted (never Null)
  SliceObject(Value start, Value stop, Value step);
  ~SliceObject() override;
  // CPython's PySlice_GetIndicesEx: clamps to a sequence of `length`; returns the item count.
  // TypeError "slice indices must be integers or None or have an __index__ method",
  // ValueError "slice step cannot be zero".
  int64_t indices(int64_t length, int64_t& start, int64_t& stop, int64_t& step) const;
};

inline bool is_slice(const Value& v) {
  return v.is_obj() && v.as_obj()->type == slice_type;
}

}  // namespace gilt
