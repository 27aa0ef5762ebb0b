// set and frozenset: one representation, the type tells them apart.
#pragma once

#include <vector>

#include "runtime/type.hpp"

namespace gilt {

struct SetObject : Object {
  struct Entry {
    int64_t hash;  // 0 in an unused slot, -1 in a deleted one (a "dummy")
    Value key;     // Null for an unused or deleted slot
  };
  // CPython's set table itself (open addressing, linear probes then perturbation), so sets
  // iterate in CPython's slot order: {3, 1, 2} prints {1, 2, 3}. Empty until the first add,
  // then a power of two (8 at least).
  std::vector<Entry> entries;
  std::vector<int32_t> index;  // unused: the table above is its own index
  size_t used = 0;
  size_t fill = 0;             // live + deleted slots (CPython's fill, which drives resizing)
  size_t finger = 0;           // where pop() resumes its search
  uint64_t table_version = 0;  // bumped when the table is replaced (a probe restarts)
  mutable int64_t hash = -1;   // frozenset only

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
  return v.is_obj() && (v.as_obj()->type->is_subtype_of(set_type) ||
                        v.as_obj()->type->is_subtype_of(frozenset_type));
}
Ref<SetObject> new_set();
Ref<SetObject> new_frozenset();
// Adds every item of `iterable` as CPython's set_update_internal does (another set is merged
// table to table, a dict pre-sizes the table). SET_UPDATE must use it: the display
// {16, 1, 2, 3, 4} (a frozenset constant merged into a new set) prints in that order, while
// adding the same items one by one gives {1, 2, 3, 4, 16}.
void set_update_internal(SetObject* so, const Value& iterable);

}  // namespace gilt
