// tuple and list: sequences of Values.
#pragma once

#include <vector>

#include "runtime/type.hpp"

namespace gilt {

struct TupleObject : Object {
  std::vector<Value> items;
  mutable int64_t hash = -1;  // cached once computed
  explicit TupleObject(std::vector<Value> items = {});
  ~TupleObject() override;
  size_t size() const { return items.size(); }
};

struct ListObject : Object {
  std::vector<Value> items;
  explicit ListObject(std::vector<Value> items = {});
  ~ListObject() override;
  size_t size() const { return items.size(); }
};

inline bool is_tuple(const Value& v) {
  return v.is_obj() && v.as_obj()->type->is_subtype_of(tuple_type);
}
inline bool is_list(const Value& v) {
  return v.is_obj() && v.as_obj()->type->is_subtype_of(list_type);
}

Ref<TupleObject> new_tuple(std::vector<Value> items);  // the empty tuple is shared
Ref<TupleObject> empty_tuple();
Ref<ListObject> new_list(std::vector<Value> items = {});

// Every item of any iterable, in order (a fast copy for list and tuple).
std::vector<Value> to_vector(const Value& iterable);

// Normalises a Python index for a sequence of length n (negative counts from the end);
// false when out of range.
bool normalize_index(int64_t& i, int64_t n);

// Stable sort with an optional key function and reverse flag (list.sort and sorted share it).
void sort_values(std::vector<Value>& items, const Value& key, bool reverse);

}  // namespace gilt
