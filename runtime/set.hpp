// set and frozenset: one representation, the type tells them apart.
#pragma once

#include <vector>

#include "runtime/type.hpp"

namespace gilt {

struct SetObject : Object {
  struct Entry {
    int64_t hash;
    Value key;  // Null for a deleted entry
  };
  std::vector<Entry> entries;  // insertion order (CPython's iteration order differs for strs;
  std::vector<int32_t> index;  // tests avoid relying on it)
  size_t used = 0;
  mutable int64_t hash = -1;  // frozenset only

  explicit SetObject(TypeObject* type);  // set_type or frozenset_type (or a subclass)
  ~SetObject() override;

  size_t size() const { return used; }
  bool contains(const Value& key) const;
  bool add(const Value& key);  // false when already present
  bool remove(const Value& key);
  template <class F>
  void each(F&& fn) const {
    for (const Entry& e : entries)
      if (!e.key.is_null()) fn(e.key);
  }
};

inline bool is_anyset(const Value& v) {
  return v.is_obj() && (v.as_obj()->type->is_subtype_of(set_type) || v.as_obj()->type->is_subtype_of(frozenset_type));
}
Ref<SetObject> new_set();
Ref<SetObject> new_frozenset();

}  // namespace gilt
