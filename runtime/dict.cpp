// dict's hash table: CPython's compact layout. `entries` holds the items in insertion order
// (a removed item leaves a hole, a Null key, until the next resize compacts them); `index` is
// an open-addressing table of entry numbers probed with CPython's perturbation sequence.
//
// Exact str keys take a fast path with no Python code and no virtual call: pointer equality
// (interned names), then the cached hash, then the bytes. Other keys go through hash_value and
// equals, which may run __hash__/__eq__ written in Python: those can raise (nothing has been
// changed yet when they do) or mutate the dict (the probe notices through `version` and starts
// again, as CPython's lookdict does when the table changed under it).
#include "runtime/dict.hpp"

#include <cstdint>

#include "runtime/container_util.hpp"
#include "runtime/str.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr size_t kMinSize = 8;
constexpr size_t kNotFound = SIZE_MAX;

// One counter for every dict, so a version never repeats even across dicts that reuse an
// address: the VM's caches compare versions alone. Only the GIL holder mutates dicts.
uint64_t last_dict_version = 0;
inline void changed(DictObject& d) {
  d.version = ++last_dict_version;
}

inline bool is_exact_str(const Value& v) {
  return v.is_obj() && v.as_obj()->type == str_type;
}
inline size_t usable(size_t index_size) {
  return index_size * 2 / 3;
}

struct Probe {
  int64_t entry;  // the matching entry, or -1
  size_t slot;    // its index slot, or where a new key would go
};

// One probe of a non-empty table; false when a Python __eq__ changed the dict under it.
bool try_probe(const DictObject& d, const Value& key, int64_t hash, Probe& out) {
  const size_t mask = d.index.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t free_slot = kNotFound;
  const bool key_is_str = is_exact_str(key);
  for (;;) {
    const int32_t ix = d.index[i];
    if (ix == kEmpty) {
      out = {-1, free_slot != kNotFound ? free_slot : i};
      return true;
    }
    if (ix == kDummy) {
      if (free_slot == kNotFound) free_slot = i;
    } else {
      const DictObject::Entry& e = d.entries[ix];
      if (e.key.is(key)) {
        out = {ix, i};
        return true;
      }
      if (e.hash == hash) {
        if (key_is_str && is_exact_str(e.key)) {
          if (str_equal(e.key.as<StrObject>(), key.as<StrObject>())) {
            out = {ix, i};
            return true;
          }
        } else {
          Value stored = e.key;  // __eq__ may delete it from the dict
          const uint64_t version = d.version;
          const bool eq = equals(stored, key);
          if (d.version != version) return false;
          if (eq) {
            out = {ix, i};
            return true;
          }
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Probe probe(const DictObject& d, const Value& key, int64_t hash) {
  Probe p{-1, 0};
  while (!d.index.empty() && !try_probe(d, key, hash, p)) {
  }
  return p;
}

// The first unused slot (empty or dummy) on `hash`'s probe sequence.
size_t find_empty_slot(const DictObject& d, int64_t hash) {
  const size_t mask = d.index.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  while (d.index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// The index slot that points at entry `n` (CPython's lookdict_index).
size_t slot_of_entry(const DictObject& d, int64_t hash, size_t n) {
  const size_t mask = d.index.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  while (d.index[i] != static_cast<int32_t>(n)) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds the index with room for `minsize` / 1.5 entries and compacts the holes away.
void resize(DictObject& d, size_t minsize) {
  size_t size = kMinSize;
  while (size < minsize)
    size <<= 1;
  std::vector<DictObject::Entry> live;
  live.reserve(usable(size));
  for (DictObject::Entry& e : d.entries)
    if (!e.key.is_null()) live.push_back(std::move(e));
  std::vector<int32_t> index(size, kEmpty);
  d.entries.swap(live);
  d.index.swap(index);
  for (size_t n = 0; n < d.entries.size(); ++n)
    d.index[find_empty_slot(d, d.entries[n].hash)] = static_cast<int32_t>(n);
  d.inserted = d.entries.size();
}

}  // namespace

int64_t containers::dict_key_hash(const Value& key) {
  if (is_exact_str(key)) return str_hash(key.as<StrObject>());
  return hash_value(key);
}

Value containers::dict_get_hashed(const DictObject* d, const Value& key, int64_t hash) {
  if (d->used == 0) return Value();
  Probe p = probe(*d, key, hash);
  return p.entry >= 0 ? d->entries[p.entry].value : Value();
}

void containers::dict_set_hashed(DictObject* d, const Value& key, int64_t hash,
                                 const Value& value) {
  Probe p = probe(*d, key, hash);
  if (p.entry >= 0) {
    Value v = value;  // `value` may live in this very entry
    std::swap(d->entries[p.entry].value, v);
    changed(*d);
    return;  // the old value dies here, with the dict consistent
  }
  DictObject::Entry entry{hash, key, value};  // copies first: they may live in d's entries
  if (d->index.empty() || d->inserted >= usable(d->index.size())) {
    resize(*d, d->used * 3);  // CPython's GROWTH_RATE
    p.slot = find_empty_slot(*d, hash);
  }
  d->entries.push_back(std::move(entry));
  d->index[p.slot] = static_cast<int32_t>(d->entries.size() - 1);
  ++d->used;
  ++d->inserted;
  changed(*d);
}

Value containers::dict_pop_hashed(DictObject* d, const Value& key, int64_t hash) {
  if (d->used == 0) return Value();
  Probe p = probe(*d, key, hash);
  if (p.entry < 0) return Value();
  DictObject::Entry& e = d->entries[p.entry];
  Value old_key = std::move(e.key);  // leaves a Null key: a hole
  Value old_value = std::move(e.value);
  d->index[p.slot] = kDummy;
  --d->used;
  changed(*d);
  return old_value;
}

// A new dict gets a fresh version too: a cache keyed on an old dict's version must never match
// a new dict that happens to reuse its address.
DictObject::DictObject() : Object(dict_type) {
  changed(*this);
}
DictObject::~DictObject() = default;

Ref<DictObject> new_dict() {
  return make<DictObject>();
}

Ref<DictObject> containers::dict_copy(const DictObject* src) {
  auto d = new_dict();
  d->entries = src->entries;  // holes and all: the index stays valid as it is
  d->index = src->index;
  d->used = src->used;
  d->inserted = src->inserted;
  return d;
}

Value DictObject::get(const Value& key) const {
  if (is_exact_str(key)) return get_str(key.as<StrObject>());
  const int64_t hash = hash_value(key);  // unhashable keys raise even on an empty dict
  return dict_get_hashed(this, key, hash);
}

Value DictObject::get_str(StrObject* key) const {
  if (used == 0) return Value();
  const int64_t hash = str_hash(key);
  const size_t mask = index.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    const int32_t ix = index[i];
    if (ix == kEmpty) return Value();
    if (ix >= 0) {
      const Entry& e = entries[ix];
      if (e.key.is_obj() && e.key.as_obj() == key) return e.value;
      if (e.hash == hash) {
        // A non-str key with the same hash may still compare equal: its __eq__ decides.
        if (!is_exact_str(e.key)) return dict_get_hashed(this, Value(key), hash);
        if (str_equal(e.key.as<StrObject>(), key)) return e.value;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value DictObject::get(std::string_view key) const {
  return get_str(intern(key));
}

void DictObject::set(const Value& key, const Value& value) {
  dict_set_hashed(this, key, dict_key_hash(key), value);
}

void DictObject::set(std::string_view key, const Value& value) {
  StrObject* k = intern(key);
  dict_set_hashed(this, Value(k), str_hash(k), value);
}

bool DictObject::remove(const Value& key) {
  return !dict_pop_hashed(this, key, dict_key_hash(key)).is_null();
}

Value DictObject::pop(const Value& key) {
  return dict_pop_hashed(this, key, dict_key_hash(key));
}

bool DictObject::pop_last(Value& key, Value& value) {
  while (!entries.empty() && entries.back().key.is_null())
    entries.pop_back();
  if (entries.empty()) return false;
  const size_t n = entries.size() - 1;
  index[slot_of_entry(*this, entries[n].hash, n)] = kDummy;
  key = std::move(entries[n].key);
  value = std::move(entries[n].value);
  entries.pop_back();
  --used;
  changed(*this);
  return true;
}

void DictObject::clear() {
  std::vector<Entry> old_entries;
  std::vector<int32_t> old_index;
  old_entries.swap(entries);
  old_index.swap(index);
  used = inserted = 0;
  changed(*this);
}  // the old keys and values die here, after the dict is empty

}  // namespace gilt
