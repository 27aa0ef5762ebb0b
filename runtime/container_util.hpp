// Private to the container files (tuple, list, dict, set, range, slice, iterators, sort): the
// init steps init_container_types runs and the helpers they share. Nothing else includes it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/api.hpp"
#include "runtime/errors.hpp"

namespace gilt {

struct DictObject;
struct ListObject;
struct SetObject;
struct SliceObject;

// Private helpers live in their own namespace so they cannot collide with other areas'.
namespace containers {

// --- init steps (each fills its types' slots and methods) ---
void init_tuple_type();      // tuple.cpp
void init_list_type();       // list.cpp (+ list_methods.cpp)
void init_dict_type();       // dict_type.cpp (+ dict_views.cpp)
void init_dict_views();      // dict_views.cpp
void init_set_types();       // set_type.cpp: set, frozenset, set_iterator
void init_range_type();      // range.cpp
void init_slice_type();      // slice.cpp
void init_iterator_types();  // iterators.cpp: enumerate, zip, map, filter, reversed, iterator
void init_list_methods(TypeObject* list);  // list_methods.cpp

// A private built-in type (list_iterator, dict_keys...): immortal, not subclassable.
TypeObject* new_private_type(const char* name);
// An iterator type: `iter(it) is it` and __next__/__iter__ reachable from Python.
TypeObject* new_iterator_type(const char* name, NextSlot next);
Value iter_self(const Value& self);

// Checks a method's args[0] as CPython's method descriptors do ("unbound method
// list.append() needs an argument", "descriptor 'append' for 'list' objects doesn't apply to
// a 'int' object") and returns the arguments after it.
CallArgs method_args(const CallArgs& a, TypeObject* type, const char* name);
// METH_NOARGS / METH_O checks: "list.copy() takes no arguments (1 given)", "list.append()
// takes exactly one argument (0 given)", "... takes no keyword arguments".
void no_args(const CallArgs& rest, const char* qualname);
void one_arg(const CallArgs& rest, const char* qualname);
// Positional-only arguments counted as Argument Clinic does: "pop expected at most 1 argument,
// got 2" (`fname` is the bare name) after "list.pop() takes no keyword arguments" (`qualname`).
void pos_args(const CallArgs& rest, const char* qualname, const char* fname, size_t min,
              size_t max);

// Python-level __len__/__contains__/__getitem__... wrappers over a type's slots, so user code
// can call list.__getitem__(x, 0) or super().__setitem__(k, v).
void add_slot_methods(TypeObject* type);
// `__hash__ = None` in the type dict, as CPython's types that define == but not hash have.
void mark_unhashable(TypeObject* type);

// --- indexes ---
// A subscript's index: int or __index__; "list indices must be integers or slices, not str";
// an int beyond int64 is IndexError "cannot fit 'int' into an index-sized integer".
int64_t subscript_index(const Value& key, const char* type_name);
// list.index/tuple.index start and stop (_PyEval_SliceIndexNotNone): big ints clamp to the
// int64 range; "slice indices must be integers or have an __index__ method".
int64_t clamped_index_arg(const Value& v);
// A repeat count for `seq * n`: "can't multiply sequence by non-int of type 'float'",
// OverflowError "cannot fit 'int' into an index-sized integer"; negatives become 0.
int64_t repeat_count(const Value& n);
// MemoryError unless `n` copies of `len` items fit in memory at all (CPython's overflow check).
void check_repeat_size(size_t len, int64_t n);
// Start/stop bounds of list.index(x, start, stop), normalised to [0, len].
void index_bounds(const Value& start, const Value& stop, int64_t len, int64_t& lo, int64_t& hi);

// --- text ---
// repr(v) appended to `out`.
void append_repr(std::string& out, const Value& v);
// Py_ReprEnter/Py_ReprLeave: a per-thread stack of the containers whose repr is in progress,
// so `l.append(l); repr(l)` prints [[...]] instead of recursing forever.
class ReprGuard {
 public:
  explicit ReprGuard(const Object* o);
  ~ReprGuard();
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool recursive() const { return recursive_; }

 private:
  const Object* obj_;
  bool recursive_;
};
// "[1, 2]" / "(1,)": the items' reprs between the brackets, re-reading `items` at each step
// because a __repr__ may mutate the container.
std::string sequence_repr(const std::vector<Value>& items, char open, char close, bool one_tuple);

// --- sequences ---
// Lexicographic rich comparison of two item vectors (list and tuple): Null never; the caller
// checks the operand types. Items are re-read after each Python callback.
Value compare_sequences(const std::vector<Value>& a, const std::vector<Value>& b, CmpOp op);
// Index of the first item equal to x in [lo, hi), or -1 (re-checks the bounds each step).
int64_t find_item(const std::vector<Value>& items, const Value& x, int64_t lo, int64_t hi);
int64_t count_item(const std::vector<Value>& items, const Value& x);
// The items a slice selects (a copy).
std::vector<Value> slice_items(const std::vector<Value>& items, const SliceObject* slice);
// `items * n`.
std::vector<Value> repeat_items(const std::vector<Value>& items, int64_t n);

// CPython's tuple hash (xxHash-based) over item hashes; shared by tuple and range.
int64_t hash_items(const Value* items, size_t n);

// CPython's PySequence_Fast: the items of a list or tuple, or of any iterable; a value that
// cannot be iterated raises TypeError `message` ("can only assign an iterable").
std::vector<Value> sequence_fast(const Value& v, const char* message);

// list.extend and `list += iterable` (list.cpp).
void list_extend_any(ListObject* l, const Value& iterable);

// --- dict internals (dict.cpp) with a hash the caller already has ---
int64_t dict_key_hash(const Value& key);  // str's cached hash, else hash_value
Value dict_get_hashed(const DictObject* d, const Value& key, int64_t hash);  // Null if absent
void dict_set_hashed(DictObject* d, const Value& key, int64_t hash, const Value& value);
Value dict_pop_hashed(DictObject* d, const Value& key, int64_t hash);  // Null if absent
Ref<DictObject> dict_copy(const DictObject* src);  // a new exact dict with the same items

// --- dict views and iterators (dict_views.cpp) ---
enum class DictPart : uint8_t { Keys, Values, Items };
Value new_dict_view(const Value& dict, DictPart part);
Value new_dict_iterator(const Value& dict, DictPart part, bool reversed);

// --- set algebra (set.cpp), CPython's setobject.c functions of the same names ---
bool set_add_hashed(SetObject* so, const Value& key, int64_t hash);  // false if present
bool set_discard_hashed(SetObject* so, const Value& key, int64_t hash);
bool set_contains_hashed(const SetObject* so, const Value& key, int64_t hash);
void set_clear(SetObject* so);
void set_swap_bodies(SetObject* a, SetObject* b);  // exchanges the contents (tables) of two sets
Value set_pop_key(SetObject* so);                  // KeyError "pop from an empty set"
// A new set of `type` (set, frozenset or a subclass) holding the items of `iterable` (Null:
// none).
Ref<SetObject> make_new_set(TypeObject* type, const Value& iterable);
Ref<SetObject> set_copy(const Value& so);  // the base type's copy: set or frozenset
Ref<SetObject> set_intersection(const Value& so, const Value& other);
void set_intersection_update(const Value& so, const Value& other);
Ref<SetObject> set_difference(const Value& so, const Value& other);
void set_difference_update_internal(SetObject* so, const Value& other);
Ref<SetObject> set_symmetric_difference(const Value& so, const Value& other);
void set_symmetric_difference_update(SetObject* so, const Value& other);
bool set_issubset(const Value& so, const Value& other);
bool set_issuperset(const Value& so, const Value& other);
bool set_isdisjoint(const Value& so, const Value& other);
int64_t frozenset_hash_of(const SetObject* so);

// Gives a subclass instance its type (objects are created with the base type's constructor).
void set_instance_type(Object* o, TypeObject* type);

}  // namespace containers
}  // namespace gilt
