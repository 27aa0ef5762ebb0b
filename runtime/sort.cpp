// sort_values: the stable sort behind list.sort and sorted().
//
// A natural merge sort in the manner of CPython's timsort: ascending runs are found (strictly
// descending ones reversed), short runs are extended to a minimum length by binary insertion,
// and neighbouring runs are merged pairwise. Comparisons always ask "later < earlier", as
// timsort does, so a mixed list reports "'<' not supported between instances of 'str' and
// 'int'" with the operands in CPython's order.
//
// What is sorted is a permutation of indexes, not the Values themselves: a comparison that
// raises (or a key function that does) leaves `items` untouched, which is one of the
// permutations CPython allows, and no reference count moves until the final placement.
#include <algorithm>
#include <cstdint>

#include "runtime/api.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace {

bool is_exact_str(const Value& v) {
  return v.is_obj() && v.as_obj()->type == str_type;
}

// Comparators for keys of one known kind (CPython's pre-sort type check picks the same
// specialisations); `Generic` goes through the full rich comparison.
struct IntLess {
  bool operator()(const Value& a, const Value& b) const { return a.as_int() < b.as_int(); }
};
struct FloatLess {
  bool operator()(const Value& a, const Value& b) const { return a.as_float() < b.as_float(); }
};
struct StrLess {  // UTF-8 byte order is code-point order
  bool operator()(const Value& a, const Value& b) const {
    return a.as<StrObject>()->view() < b.as<StrObject>()->view();
  }
};
struct GenericLess {
  bool operator()(const Value& a, const Value& b) const { return compare_bool(a, b, CmpOp::Lt); }
};

enum class KeyKind { Int, Float, Str, Generic };

KeyKind kind_of(const Value* keys, size_t n) {
  if (keys[0].is_int()) {
    for (size_t i = 1; i < n; ++i)
      if (!keys[i].is_int()) return KeyKind::Generic;
    return KeyKind::Int;
  }
  if (keys[0].is_float()) {
    for (size_t i = 1; i < n; ++i)
      if (!keys[i].is_float()) return KeyKind::Generic;
    return KeyKind::Float;
  }
  if (is_exact_str(keys[0])) {
    for (size_t i = 1; i < n; ++i)
      if (!is_exact_str(keys[i])) return KeyKind::Generic;
    return KeyKind::Str;
  }
  return KeyKind::Generic;
}

template <class Less>
class IndexSorter {
 public:
  IndexSorter(const Value* keys, std::vector<uint32_t>& perm) : keys_(keys), p_(perm) {}

  void sort() {
    const size_t n = p_.size();
    if (n < 2) return;
    const size_t minrun = compute_minrun(n);
    std::vector<size_t> run_starts;
    for (size_t lo = 0; lo < n;) {
      size_t len = count_run(lo, n);
      if (len < minrun) {
        size_t forced = std::min(minrun, n - lo);
        binary_insertion(lo, lo + forced, lo + len);
        len = forced;
      }
      run_starts.push_back(lo);
      lo += len;
    }
    run_starts.push_back(n);
    std::vector<uint32_t> tmp;
    while (run_starts.size() > 2) {  // more than one run: merge neighbours pairwise
      std::vector<size_t> merged;
      for (size_t r = 0; r + 1 < run_starts.size(); r += 2) {
        merged.push_back(run_starts[r]);
        if (r + 2 < run_starts.size())
          merge(run_starts[r], run_starts[r + 1], run_starts[r + 2], tmp);
      }
      merged.push_back(n);
      run_starts.swap(merged);
    }
  }

 private:
  bool lt(uint32_t later, uint32_t earlier) const { return Less()(keys_[later], keys_[earlier]); }

  // CPython's merge_compute_minrun: 32..64, so n / minrun is close to a power of two.
  static size_t compute_minrun(size_t n) {
    size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // The length of the run starting at lo; a strictly descending run is reversed in place.
  size_t count_run(size_t lo, size_t hi) {
    if (lo + 1 == hi) return 1;
    size_t k = lo + 1;
    if (lt(p_[k], p_[k - 1])) {
      for (++k; k < hi && lt(p_[k], p_[k - 1]); ++k) {
      }
      std::reverse(p_.begin() + lo, p_.begin() + k);
    } else {
      for (++k; k < hi && !lt(p_[k], p_[k - 1]); ++k) {
      }
    }
    return k - lo;
  }

  // [lo, start) is sorted; inserts each of [start, hi) after its equals (stable).
  void binary_insertion(size_t lo, size_t hi, size_t start) {
    for (; start < hi; ++start) {
      uint32_t pivot = p_[start];
      size_t l = lo, r = start;
      while (l < r) {
        size_t mid = l + (r - l) / 2;
        if (lt(pivot, p_[mid])) {
          r = mid;
        } else {
          l = mid + 1;
        }
      }
      std::move_backward(p_.begin() + l, p_.begin() + start, p_.begin() + start + 1);
      p_[l] = pivot;
    }
  }

  // Merges the sorted runs [lo, mid) and [mid, hi).
  void merge(size_t lo, size_t mid, size_t hi, std::vector<uint32_t>& tmp) {
    if (!lt(p_[mid], p_[mid - 1])) return;  // already in order
    tmp.assign(p_.begin() + lo, p_.begin() + mid);
    size_t a = 0, b = mid, out = lo;
    const size_t na = tmp.size();
    while (a < na && b < hi) {
      if (lt(p_[b], tmp[a])) {
        p_[out++] = p_[b++];
      } else {
        p_[out++] = tmp[a++];
      }
    }
    while (a < na)
      p_[out++] = tmp[a++];
  }

  const Value* keys_;
  std::vector<uint32_t>& p_;
};

}  // namespace

void sort_values(std::vector<Value>& items, const Value& key, bool reverse) {
  const size_t n = items.size();
  std::vector<Value> keys;
  if (!key.is_null() && !key.is_none()) {
    keys.reserve(n);
    for (size_t i = 0; i < n; ++i)
      keys.push_back(call(key, {items[i]}));
  }
  if (n < 2) return;
  if (n > UINT32_MAX) throw std::bad_alloc();  // beyond any list this runtime can hold

  // Reversing before and after a stable sort keeps equal items in their original order.
  std::vector<uint32_t> perm(n);
  for (size_t i = 0; i < n; ++i)
    perm[i] = static_cast<uint32_t>(reverse ? n - 1 - i : i);
  const Value* k = keys.empty() ? items.data() : keys.data();
  switch (kind_of(k, n)) {
    case KeyKind::Int:
      IndexSorter<IntLess>(k, perm).sort();
      break;
    case KeyKind::Float:
      IndexSorter<FloatLess>(k, perm).sort();
      break;
    case KeyKind::Str:
      IndexSorter<StrLess>(k, perm).sort();
      break;
    case KeyKind::Generic:
      IndexSorter<GenericLess>(k, perm).sort();
      break;
  }
  if (reverse) std::reverse(perm.begin(), perm.end());

  std::vector<Value> sorted;
  sorted.reserve(n);
  for (uint32_t i : perm)
    sorted.push_back(std::move(items[i]));
  items.swap(sorted);
}

}  // namespace gilt
