// dict: an insertion-ordered hash table (CPython's compact layout: an entries array in
// insertion order plus an open-addressing index into it).
#pragma once

#include <vector>

#include "runtime/type.hpp"

namespace gilt {

struct StrObject;

struct DictObject : Object {
  struct Entry {
    int64_t hash;
    Value key;  // Null for a deleted entry
    Value value;
  };
  std::vector<Entry> entries;  // insertion order, with holes (Null keys) after deletions
  std::vector<int32_t> index;  // -1 empty, -2 deleted, else entry number
  size_t used = 0;             // live entries
  size_t inserted = 0;         // entries added since the index was built (popitem does not
                               // give the room back: CPython's dk_usable accounting)
  uint64_t version = 0;        // bumped on every change: the key of the VM's global caches

  DictObject();
  ~DictObject() override;

  size_t size() const { return used; }
  // Lookups call __hash__/__eq__ for non-str keys and may throw.
  Value get(const Value& key) const;      // Null when absent
  Value get_str(StrObject* key) const;    // fast path for interned-name lookups; Null when absent
  Value get(std::string_view key) const;  // convenience (interns the key)
  void set(const Value& key, const Value& value);
  void set(std::string_view key, const Value& value);
  bool remove(const Value& key);            // false when absent
  Value pop(const Value& key);              // removes and returns the value; Null when absent
  bool pop_last(Value& key, Value& value);  // popitem(): the newest entry; false when empty
  bool contains(const Value& key) const { return !get(key).is_null(); }
  void clear();
  // Visits live entries in insertion order. Mutation during the visit is not allowed.
  template <class F>
  void each(F&& fn) const {
    for (const Entry& e : entries)
      if (!e.key.is_null()) fn(e.key, e.value);
  }
};

inline bool is_dict(const Value& v) {
  return v.is_obj() && v.as_obj()->type->is_subtype_of(dict_type);
}
Ref<DictObject> new_dict();

}  // namespace gilt
