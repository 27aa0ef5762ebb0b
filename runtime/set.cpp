// set and frozenset's table and algebra, transcribed from CPython's Objects/setobject.c so that
// iteration order (slot order) and every resize decision match it: `{3, 1, 2}`, `set(range(20,
// 0, -1))` and `{100, 5, 33, 1}` print as they do in CPython.
//
// Probes call __eq__ for non-str keys. A comparison that replaces the table or the compared
// entry makes the probe start again (CPython's "table != so->table || entry->key != startkey");
// loops over another set or a dict re-check their bounds at every step.
#include "runtime/set.hpp"

#include "runtime/container_util.hpp"
#include "runtime/dict.hpp"
#include "runtime/str.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

namespace {

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr size_t kNotFound = SIZE_MAX;

using Entry = SetObject::Entry;

inline bool is_exact_str(const Value& v) {
  return v.is_obj() && v.as_obj()->type == str_type;
}
inline bool is_unused(const Entry& e) {
  return e.key.is_null() && e.hash == 0;
}
inline size_t mask_of(const SetObject* so) {
  return so->entries.empty() ? kMinSize - 1 : so->entries.size() - 1;
}
inline void ensure_table(SetObject* so) {
  if (so->entries.empty()) so->entries.assign(kMinSize, Entry{0, Value()});
}

// The slot holding `key`, or kNotFound (set_lookkey).
size_t lookkey(const SetObject* so, const Value& key, int64_t hash) {
restart:
  if (so->entries.empty()) return kNotFound;
  const size_t mask = so->entries.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t j = i;
    do {
      const Entry& e = so->entries[j];
      if (is_unused(e)) return kNotFound;
      if (e.hash == hash && !e.key.is_null()) {
        if (e.key.is(key)) return j;
        if (is_exact_str(e.key) && is_exact_str(key)) {
          if (str_equal(e.key.as<StrObject>(), key.as<StrObject>())) return j;
        } else {
          Value start = e.key;
          const uint64_t version = so->table_version;
          const bool eq = equals(start, key);
          if (so->table_version != version || !so->entries[j].key.is(start)) goto restart;
          if (eq) return j;
        }
      }
      ++j;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Places a key known to be absent into a table without dummies (set_insert_clean).
void insert_clean(std::vector<Entry>& table, Value key, int64_t hash) {
  const size_t mask = table.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  for (;;) {
    if (table[i].key.is_null()) break;
    if (i + kLinearProbes <= mask) {
      size_t j = 1;
      for (; j <= kLinearProbes; ++j)
        if (table[i + j].key.is_null()) break;
      if (j <= kLinearProbes) {
        i += j;
        break;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i].key = std::move(key);
  table[i].hash = hash;
}

void table_resize(SetObject* so, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused)
    newsize <<= 1;
  // CPython keeps its 8-slot table in place when it holds no dummies.
  if (newsize == kMinSize && so->entries.size() == kMinSize && so->fill == so->used) return;
  std::vector<Entry> table(newsize, Entry{0, Value()});
  for (Entry& e : so->entries)
    if (!e.key.is_null()) insert_clean(table, std::move(e.key), e.hash);
  std::vector<Entry> old;
  old.swap(so->entries);
  so->entries.swap(table);
  so->fill = so->used;
  ++so->table_version;
}

}  // namespace

// set_add_entry: true when the key was added.
bool containers::set_add_hashed(SetObject* so, const Value& key, int64_t hash) {
  Value k = key;  // a comparison below may drop the caller's reference
restart:
  ensure_table(so);
  size_t mask = so->entries.size() - 1;
  size_t i = static_cast<size_t>(hash) & mask;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t freeslot = kNotFound;
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t j = i;
    do {
      Entry& e = so->entries[j];
      if (is_unused(e)) {
        if (freeslot != kNotFound) {  // reuse a dummy
          Entry& f = so->entries[freeslot];
          f.key = std::move(k);
          f.hash = hash;
          ++so->used;
          return true;
        }
        e.key = std::move(k);
        e.hash = hash;
        ++so->fill;
        ++so->used;
        if (so->fill * 5 < mask * 3) return true;
        table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
        return true;
      }
      if (e.hash == hash && !e.key.is_null()) {
        if (e.key.is(k)) return false;
        if (is_exact_str(e.key) && is_exact_str(k)) {
          if (str_equal(e.key.as<StrObject>(), k.as<StrObject>())) return false;
        } else {
          Value start = e.key;
          const uint64_t version = so->table_version;
          const bool eq = equals(start, k);
          if (eq) return false;
          if (so->table_version != version || !so->entries[j].key.is(start)) goto restart;
          mask = so->entries.size() - 1;
        }
      } else if (e.key.is_null() && e.hash == -1) {
        freeslot = j;  // the last dummy on the way, as CPython's set_add_entry
      }
      ++j;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool containers::set_discard_hashed(SetObject* so, const Value& key, int64_t hash) {
  size_t j = lookkey(so, key, hash);
  if (j == kNotFound) return false;
  Entry& e = so->entries[j];
  Value old = std::move(e.key);  // dies after the table is consistent
  e.hash = -1;
  --so->used;
  return true;
}

bool containers::set_contains_hashed(const SetObject* so, const Value& key, int64_t hash) {
  return lookkey(so, key, hash) != kNotFound;
}

SetObject::SetObject(TypeObject* type) : Object(type) {}
SetObject::~SetObject() = default;

bool SetObject::contains(const Value& key) const {
  const int64_t hash = dict_key_hash(key);
  return used != 0 && set_contains_hashed(this, key, hash);
}

bool SetObject::add(const Value& key) {
  return set_add_hashed(this, key, dict_key_hash(key));
}

bool SetObject::remove(const Value& key) {
  return set_discard_hashed(this, key, dict_key_hash(key));
}

Ref<SetObject> new_set() {
  return make<SetObject>(set_type);
}
Ref<SetObject> new_frozenset() {
  return make<SetObject>(frozenset_type);
}

void containers::set_clear(SetObject* so) {
  std::vector<Entry> old;
  old.swap(so->entries);
  so->used = so->fill = 0;
  so->finger = 0;
  ++so->table_version;
}  // the keys die here, after the set is empty

Value containers::set_pop_key(SetObject* so) {
  if (so->used == 0) raise(exc_KeyError, "pop from an empty set");
  const size_t mask = so->entries.size() - 1;
  size_t i = so->finger & mask;
  while (so->entries[i].key.is_null())
    i = (i + 1) & mask;
  Value key = std::move(so->entries[i].key);
  so->entries[i].hash = -1;
  --so->used;
  so->finger = i + 1;
  return key;
}

// --- bulk updates ---

// set_merge: every key of another set.
static void set_merge(SetObject* so, const SetObject* other) {
  if (other == so || other->used == 0) return;
  if ((so->fill + other->used) * 5 >= mask_of(so) * 3)
    table_resize(so, (so->used + other->used) * 2);
  ensure_table(so);
  if (so->fill == 0 && so->entries.size() == other->entries.size() && other->fill == other->used) {
    so->entries = other->entries;  // same size, no dummies: the slots carry over as they are
    ++so->table_version;
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  if (so->fill == 0) {
    for (const Entry& e : other->entries)
      if (!e.key.is_null()) insert_clean(so->entries, e.key, e.hash);
    so->fill = so->used = other->used;
    return;
  }
  for (size_t i = 0; i < other->entries.size(); ++i) {
    if (other->entries[i].key.is_null()) continue;
    Value key = other->entries[i].key;
    set_add_hashed(so, key, other->entries[i].hash);
  }
}

void set_update_internal(SetObject* so, const Value& other) {
  if (is_anyset(other)) return set_merge(so, other.as<SetObject>());
  if (is_exact(other, dict_type)) {
    const DictObject* d = other.as<DictObject>();
    if ((so->fill + d->used) * 5 >= mask_of(so) * 3) table_resize(so, (so->used + d->used) * 2);
    for (size_t i = 0; i < d->entries.size(); ++i) {
      if (d->entries[i].key.is_null()) continue;
      Value key = d->entries[i].key;
      set_add_hashed(so, key, d->entries[i].hash);
    }
    return;
  }
  Value it = get_iter(other);
  Value key;
  while (iter_next(it, key))
    so->add(key);
}

// The set or frozenset a result of an operation on `type`'s instances has (CPython's
// make_new_set_basetype: subclasses produce their base type).
static TypeObject* base_set_type(TypeObject* type) {
  return type->is_subtype_of(set_type) ? set_type : frozenset_type;
}

Ref<SetObject> containers::make_new_set(TypeObject* type, const Value& iterable) {
  auto so = make<SetObject>(type);
  if (!iterable.is_null()) set_update_internal(so.get(), iterable);
  return so;
}

Ref<SetObject> containers::set_copy(const Value& so) {
  return make_new_set(base_set_type(type_of(so)), so);
}

// --- algebra ---

Ref<SetObject> containers::set_intersection(const Value& self, const Value& other) {
  if (self.is(other)) return set_copy(self);
  auto result = make_new_set(base_set_type(type_of(self)), Value());
  if (is_anyset(other)) {
    const SetObject* so = self.as<SetObject>();
    const SetObject* ot = other.as<SetObject>();
    if (ot->used > so->used) std::swap(so, ot);  // walk the smaller one
    for (size_t i = 0; i < ot->entries.size(); ++i) {
      if (ot->entries[i].key.is_null()) continue;
      Value key = ot->entries[i].key;
      const int64_t hash = ot->entries[i].hash;
      if (set_contains_hashed(so, key, hash)) set_add_hashed(result.get(), key, hash);
    }
    return result;
  }
  const SetObject* so = self.as<SetObject>();
  Value it = get_iter(other);
  Value key;
  while (iter_next(it, key)) {
    const int64_t hash = dict_key_hash(key);
    if (set_contains_hashed(so, key, hash)) set_add_hashed(result.get(), key, hash);
  }
  return result;
}

void containers::set_swap_bodies(SetObject* a, SetObject* b) {
  a->entries.swap(b->entries);
  std::swap(a->used, b->used);
  std::swap(a->fill, b->fill);
  if (a->type->is_subtype_of(frozenset_type) && b->type->is_subtype_of(frozenset_type)) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = b->hash = -1;
  }
  ++a->table_version;
  ++b->table_version;
}

void containers::set_intersection_update(const Value& self, const Value& other) {
  Ref<SetObject> tmp = set_intersection(self, other);
  set_swap_bodies(self.as<SetObject>(), tmp.get());
}  // the old keys leave with tmp

void containers::set_difference_update_internal(SetObject* so, const Value& other) {
  if (other.is_obj() && other.as_obj() == so) return set_clear(so);
  if (is_anyset(other)) {
    Value o = other;
    // CPython: when the other set is more than 8 times larger, walk the intersection instead.
    if ((o.as<SetObject>()->used >> 3) > so->used) o = set_intersection(Value(so), o);
    const SetObject* ot = o.as<SetObject>();
    for (size_t i = 0; i < ot->entries.size(); ++i) {
      if (ot->entries[i].key.is_null()) continue;
      Value key = ot->entries[i].key;
      set_discard_hashed(so, key, ot->entries[i].hash);
    }
  } else {
    Value it = get_iter(other);
    Value key;
    while (iter_next(it, key))
      so->remove(key);
  }
  // More than a quarter dummies: resize them away.
  if (so->fill - so->used <= mask_of(so) / 4) return;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Ref<SetObject> copy_and_difference(const Value& self, const Value& other) {
  Ref<SetObject> result = set_copy(self);
  set_difference_update_internal(result.get(), other);
  return result;
}

Ref<SetObject> containers::set_difference(const Value& self, const Value& other) {
  const SetObject* so = self.as<SetObject>();
  size_t other_size;
  if (is_anyset(other)) {
    other_size = other.as<SetObject>()->used;
  } else if (is_exact(other, dict_type)) {
    other_size = other.as<DictObject>()->used;
  } else {
    return copy_and_difference(self, other);
  }
  if ((so->used >> 2) > other_size) return copy_and_difference(self, other);
  auto result = make_new_set(base_set_type(type_of(self)), Value());
  const bool other_is_dict = is_exact(other, dict_type);
  for (size_t i = 0; i < so->entries.size(); ++i) {
    if (so->entries[i].key.is_null()) continue;
    Value key = so->entries[i].key;
    const int64_t hash = so->entries[i].hash;
    const bool found = other_is_dict ? !dict_get_hashed(other.as<DictObject>(), key, hash).is_null()
                                     : set_contains_hashed(other.as<SetObject>(), key, hash);
    if (!found) set_add_hashed(result.get(), key, hash);
  }
  return result;
}

void containers::set_symmetric_difference_update(SetObject* so, const Value& other) {
  if (other.is_obj() && other.as_obj() == so) return set_clear(so);
  if (is_exact(other, dict_type)) {
    const DictObject* d = other.as<DictObject>();
    for (size_t i = 0; i < d->entries.size(); ++i) {
      if (d->entries[i].key.is_null()) continue;
      Value key = d->entries[i].key;
      const int64_t hash = d->entries[i].hash;
      if (!set_discard_hashed(so, key, hash)) set_add_hashed(so, key, hash);
    }
    return;
  }
  Value o = is_anyset(other) ? other : Value(make_new_set(base_set_type(so->type), other));
  const SetObject* ot = o.as<SetObject>();
  for (size_t i = 0; i < ot->entries.size(); ++i) {
    if (ot->entries[i].key.is_null()) continue;
    Value key = ot->entries[i].key;
    const int64_t hash = ot->entries[i].hash;
    if (!set_discard_hashed(so, key, hash)) set_add_hashed(so, key, hash);
  }
}

Ref<SetObject> containers::set_symmetric_difference(const Value& self, const Value& other) {
  Ref<SetObject> result = make_new_set(base_set_type(type_of(self)), other);
  set_symmetric_difference_update(result.get(), self);
  return result;
}

bool containers::set_issubset(const Value& self, const Value& other) {
  if (!is_anyset(other)) {
    Ref<SetObject> tmp = make_new_set(set_type, other);
    return set_issubset(self, Value(tmp));
  }
  const SetObject* so = self.as<SetObject>();
  const SetObject* ot = other.as<SetObject>();
  if (so->used > ot->used) return false;
  for (size_t i = 0; i < so->entries.size(); ++i) {
    if (so->entries[i].key.is_null()) continue;
    Value key = so->entries[i].key;
    if (!set_contains_hashed(ot, key, so->entries[i].hash)) return false;
  }
  return true;
}

bool containers::set_issuperset(const Value& self, const Value& other) {
  if (is_anyset(other)) return set_issubset(other, self);
  const SetObject* so = self.as<SetObject>();
  Value it = get_iter(other);
  Value key;
  while (iter_next(it, key))
    if (!so->contains(key)) return false;
  return true;
}

bool containers::set_isdisjoint(const Value& self, const Value& other) {
  const SetObject* so = self.as<SetObject>();
  if (self.is(other)) return so->used == 0;
  if (is_anyset(other)) {
    const SetObject* a = so;
    const SetObject* b = other.as<SetObject>();
    if (a->used > b->used) std::swap(a, b);  // walk the smaller one
    for (size_t i = 0; i < a->entries.size(); ++i) {
      if (a->entries[i].key.is_null()) continue;
      Value key = a->entries[i].key;
      if (set_contains_hashed(b, key, a->entries[i].hash)) return false;
    }
    return true;
  }
  Value it = get_iter(other);
  Value key;
  while (iter_next(it, key))
    if (so->contains(key)) return false;
  return true;
}

int64_t containers::frozenset_hash_of(const SetObject* so) {
  // CPython's frozenset_hash: an order-independent xor of shuffled entry hashes.
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t hash = 0;
  for (const Entry& e : so->entries)
    if (!e.key.is_null()) hash ^= shuffle(static_cast<uint64_t>(e.hash));
  hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  return static_cast<int64_t>(hash);
}

}  // namespace gilt
