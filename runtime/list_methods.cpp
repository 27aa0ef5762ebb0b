// list's named methods: append, extend, insert, pop, remove, index, count, sort, reverse, copy,
// clear.
#include <algorithm>

#include "runtime/container_util.hpp"
#include "runtime/function.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

namespace {

ListObject* as_list(const Value& v) {
  return v.as<ListObject>();
}

Value list_append(const CallArgs& a) {
  if (a.nargs == 2 && a.nkw == 0 && is_exact(a[0], list_type)) {  // the hot path
    as_list(a[0])->items.push_back(a[1]);
    return Value::none();
  }
  CallArgs rest = method_args(a, list_type, "append");
  one_arg(rest, "list.append");
  as_list(a[0])->items.push_back(rest[0]);
  return Value::none();
}

Value list_extend_method(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "extend");
  one_arg(rest, "list.extend");
  list_extend_any(as_list(a[0]), rest[0]);
  return Value::none();
}

Value list_insert(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "insert");
  pos_args(rest, "list.insert", "insert", 2, 2);
  auto& items = as_list(a[0])->items;
  const int64_t n = static_cast<int64_t>(items.size());
  int64_t i = index_to_int64(rest[0]);
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  items.insert(items.begin() + i, rest[1]);
  return Value::none();
}

Value list_pop(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "pop");
  pos_args(rest, "list.pop", "pop", 0, 1);
  auto& items = as_list(a[0])->items;
  int64_t i = rest.nargs ? index_to_int64(rest[0]) : -1;
  if (items.empty()) raise_index_error("pop from empty list");
  if (!normalize_index(i, static_cast<int64_t>(items.size())))
    raise_index_error("pop index out of range");
  Value v = std::move(items[i]);
  items.erase(items.begin() + i);
  return v;
}

Value list_remove(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "remove");
  one_arg(rest, "list.remove");
  auto& items = as_list(a[0])->items;
  int64_t i = find_item(items, rest[0], 0, INT64_MAX);
  if (i < 0) raise_value_error("list.remove(x): x not in list");
  Value old = std::move(items[i]);  // dies after the list is consistent
  items.erase(items.begin() + i);
  return Value::none();
}

Value list_index(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "index");
  pos_args(rest, "list.index", "index", 1, 3);
  const auto& items = as_list(a[0])->items;
  int64_t lo, hi;
  index_bounds(rest.nargs > 1 ? rest[1] : Value(), rest.nargs > 2 ? rest[2] : Value(),
               static_cast<int64_t>(items.size()), lo, hi);
  int64_t i = find_item(items, rest[0], lo, hi);
  if (i < 0) raise_value_error(cat(repr_utf8(rest[0]), " is not in list"));
  return Value::integer(i);
}

Value list_count(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "count");
  one_arg(rest, "list.count");
  return Value::integer(count_item(as_list(a[0])->items, rest[0]));
}

// list.sort(*, key=None, reverse=False). While it runs the list looks empty, as in CPython;
// any change made meanwhile (by a key function or __lt__) is discarded and reported.
Value list_sort(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "sort");
  Value args[2];
  bind_args(rest, "sort", {"key", "reverse"}, 0, 0, 2, args);
  bool reverse = false;
  if (!args[1].is_null()) reverse = index_to_int64(args[1]) != 0;
  const Value key = args[0].is_none() ? Value() : args[0];

  ListObject* l = as_list(a[0]);
  std::vector<Value> items;
  items.swap(l->items);  // capacity 0 now: any growth during the sort is detectable
  try {
    sort_values(items, key, reverse);
  } catch (...) {
    std::vector<Value> garbage;
    garbage.swap(l->items);
    l->items.swap(items);
    throw;
  }
  const bool modified = l->items.capacity() != 0;
  std::vector<Value> garbage;
  garbage.swap(l->items);
  l->items.swap(items);
  if (modified) raise_value_error("list modified during sort");
  return Value::none();
}

Value list_reverse(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "reverse");
  no_args(rest, "list.reverse");
  auto& items = as_list(a[0])->items;
  std::reverse(items.begin(), items.end());
  return Value::none();
}

Value list_copy(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "copy");
  no_args(rest, "list.copy");
  return new_list(as_list(a[0])->items);
}

Value list_clear(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "clear");
  no_args(rest, "list.clear");
  std::vector<Value> garbage;
  garbage.swap(as_list(a[0])->items);
  return Value::none();
}

}  // namespace

void containers::init_list_methods(TypeObject* t) {
  add_method(t, "append", list_append, "Append object to the end of the list.");
  add_method(t, "extend", list_extend_method,
             "Extend list by appending elements from the iterable.");
  add_method(t, "insert", list_insert, "Insert object before index.");
  add_method(t, "pop", list_pop,
             "Remove and return item at index (default last).\n\nRaises IndexError if list is "
             "empty or index is out of range.");
  add_method(t, "remove", list_remove,
             "Remove first occurrence of value.\n\nRaises ValueError if the value is not present.");
  add_method(t, "index", list_index,
             "Return first index of value.\n\nRaises ValueError if the value is not present.");
  add_method(t, "count", list_count, "Return number of occurrences of value.");
  add_method(t, "sort", list_sort,
             "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. "
             "the list itself is modified) and stable (i.e. the\norder of two equal elements "
             "is maintained).\n\nIf a key function is given, apply it once to each list item "
             "and sort them,\nascending or descending, according to their function values.\n\n"
             "The reverse flag can be set to sort in descending order.");
  add_method(t, "reverse", list_reverse, "Reverse *IN PLACE*.");
  add_method(t, "copy", list_copy, "Return a shallow copy of the list.");
  add_method(t, "clear", list_clear, "Remove all items from list.");
}

}  // namespace gilt
