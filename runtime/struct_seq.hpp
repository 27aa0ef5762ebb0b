// Struct sequences (CPython's PyStructSequence): tuple subtypes whose fields are also read-only
// attributes, such as time.struct_time and sys.thread_info. The first `visible` fields are the
// tuple's items; the rest (struct_time's tm_zone and tm_gmtoff) are attributes only.
#pragma once

#include <vector>

#include "runtime/tuple.hpp"

namespace gilt {

struct StructSeqObject : TupleObject {
  std::vector<Value> hidden;  // the fields after the visible ones
  explicit StructSeqObject(std::vector<Value> visible_items)
      : TupleObject(std::move(visible_items)) {}
};

struct StructSeqType : TypeObject {
  std::vector<const char*> fields;  // all of them, visible first
  size_t visible;
  StructSeqType(const char* qualified_name, std::vector<const char*> field_names, size_t nvisible);
};

constexpr size_t kMaxStructSeqFields = 16;

// A new immortal struct-sequence type named like "time.struct_time" (at most
// kMaxStructSeqFields fields). Calling it takes one sequence of `visible` to all fields; a
// type that is not `constructible` (sys.version_info, sys.thread_info) refuses to be called.
StructSeqType* new_struct_seq_type(const char* qualified_name, std::vector<const char*> fields,
                                   size_t visible, bool constructible = true);
// An instance with `values` for every field in order.
Value new_struct_seq(StructSeqType* type, std::vector<Value> values);

}  // namespace gilt
