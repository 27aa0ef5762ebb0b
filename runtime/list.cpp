// list: the mutable sequence's slots (indexing, slicing, operators) and its two iterators.
// The named methods (append, sort...) are in list_methods.cpp.
//
// Every operation that can run Python code (__eq__, __repr__, __index__, iteration of an
// argument) either copies what it needs first or re-checks the bounds after each callback, so
// a callback that mutates the list can change the result but never touch freed memory. Values
// removed from the list are destroyed only after the list is consistent again.
#include <algorithm>

#include "runtime/container_util.hpp"
#include "runtime/function.hpp"
#include "runtime/range.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

ListObject::ListObject(std::vector<Value> v) : Object(list_type), items(std::move(v)) {}
ListObject::~ListObject() = default;

Ref<ListObject> new_list(std::vector<Value> items) {
  return make<ListObject>(std::move(items));
}

namespace {

TypeObject* list_iterator_type = nullptr;
TypeObject* list_reverseiterator_type = nullptr;

ListObject* as_list(const Value& v) {
  return v.as<ListObject>();
}

// --- slots ---

Value list_repr(const Value& self) {
  ListObject* l = as_list(self);
  if (l->items.empty()) return make_str("[]");
  ReprGuard guard(l);
  if (guard.recursive()) return make_str("[...]");
  return make_str(sequence_repr(l->items, '[', ']', false));
}

Value list_compare(const Value& a, const Value& b, CmpOp op) {
  if (!is_list(a) || !is_list(b)) return Value();
  const auto& x = as_list(a)->items;
  const auto& y = as_list(b)->items;
  if (x.size() != y.size() && (op == CmpOp::Eq || op == CmpOp::Ne))
    return Value::boolean(op == CmpOp::Ne);
  return compare_sequences(x, y, op);
}

// `list += iterable` and list.extend share this.
void extend_list(ListObject* l, const Value& iterable) {
  if (iterable.is_obj()) {
    TypeObject* t = iterable.as_obj()->type;
    if (t == list_type || t == tuple_type) {
      // Copy first: `l += l` reads the list it grows.
      const auto& src =
          t == list_type ? as_list(iterable)->items : iterable.as<TupleObject>()->items;
      if (src.empty()) return;
      std::vector<Value> copy = src;
      l->items.insert(l->items.end(), std::make_move_iterator(copy.begin()),
                      std::make_move_iterator(copy.end()));
      return;
    }
  }
  Value it = get_iter(iterable);
  Value item;
  while (iter_next(it, item))
    l->items.push_back(std::move(item));
}

void repeat_in_place(ListObject* l, int64_t n) {
  if (n <= 0 || l->items.empty()) {
    std::vector<Value> garbage;
    garbage.swap(l->items);
    return;
  }
  if (n == 1) return;
  check_repeat_size(l->items.size(), n);
  const size_t len = l->items.size();
  l->items.reserve(len * static_cast<size_t>(n));
  for (int64_t k = 1; k < n; ++k)
    for (size_t i = 0; i < len; ++i)
      l->items.push_back(l->items[i]);
}

Value list_binary(BinOp op, const Value& a, const Value& b) {
  switch (op) {
    case BinOp::InplaceAdd:
      if (!is_list(a)) return Value();
      extend_list(as_list(a), b);
      return a;
    case BinOp::InplaceMul:
      if (!is_list(a)) return Value();
      if (!is_index(b)) {
        TypeObject* tb = type_of(b);
        if (tb->binary && tb->binary != list_binary) {
          Value r = tb->binary(BinOp::Mul, a, b);
          if (!r.is_null()) return r;
        }
      }
      repeat_in_place(as_list(a), repeat_count(b));
      return a;
    case BinOp::Add: {
      if (!is_list(a)) return Value();  // reflected: list has no __radd__
      if (!is_list(b)) {
        // CPython tries the number protocol of both operands before sequence concatenation.
        TypeObject* tb = type_of(b);
        if (tb->binary && tb->binary != list_binary) {
          Value r = tb->binary(op, a, b);
          if (!r.is_null()) return r;
        }
        raise_type_error(cat("can only concatenate list (not \"", type_name(b), "\") to list"));
      }
      const auto& x = as_list(a)->items;
      const auto& y = as_list(b)->items;
      std::vector<Value> out;
      out.reserve(x.size() + y.size());
      out.insert(out.end(), x.begin(), x.end());
      out.insert(out.end(), y.begin(), y.end());
      return new_list(std::move(out));
    }
    case BinOp::Mul: {
      bool left = is_list(a);
      const Value& seq = left ? a : b;
      const Value& count = left ? b : a;
      if (left && !is_index(count)) {
        TypeObject* tc = type_of(count);
        if (tc->binary && tc->binary != list_binary) {
          Value r = tc->binary(op, a, b);
          if (!r.is_null()) return r;
        }
      }
      int64_t n = repeat_count(count);
      return new_list(repeat_items(as_list(seq)->items, n));
    }
    default:
      return Value();
  }
}

int64_t list_len(const Value& self) {
  return static_cast<int64_t>(as_list(self)->items.size());
}

Value list_getitem(const Value& self, const Value& key) {
  const auto& items = as_list(self)->items;
  const int64_t n = static_cast<int64_t>(items.size());
  if (key.is_int()) {
    int64_t i = key.as_int();
    if (!normalize_index(i, n)) raise_index_error("list index out of range");
    return items[i];
  }
  if (is_slice(key)) return new_list(slice_items(items, key.as<SliceObject>()));
  int64_t i = subscript_index(key, "list");
  if (!normalize_index(i, n)) raise_index_error("list index out of range");
  return items[i];
}

// l[start:stop] = seq with CPython's clamping (list_ass_slice).
void assign_simple_slice(ListObject* l, int64_t lo, int64_t hi, std::vector<Value> seq) {
  const int64_t n = static_cast<int64_t>(l->items.size());
  lo = std::clamp<int64_t>(lo, 0, n);
  hi = std::clamp<int64_t>(hi, lo, n);
  auto first = l->items.begin() + lo;
  std::vector<Value> garbage(std::make_move_iterator(first),
                             std::make_move_iterator(l->items.begin() + hi));
  const size_t replaced = static_cast<size_t>(hi - lo);
  const size_t common = std::min(replaced, seq.size());
  for (size_t k = 0; k < common; ++k)
    l->items[lo + k] = std::move(seq[k]);
  if (seq.size() > replaced) {
    l->items.insert(l->items.begin() + hi, std::make_move_iterator(seq.begin() + common),
                    std::make_move_iterator(seq.end()));
  } else if (seq.size() < replaced) {
    l->items.erase(l->items.begin() + lo + common, l->items.begin() + hi);
  }
}

// del l[slice]: the selected items leave; the others keep their order.
void delete_slice(ListObject* l, const SliceObject* slice) {
  int64_t start, stop, step;
  int64_t count = slice->indices(static_cast<int64_t>(l->items.size()), start, stop, step);
  if (count <= 0) return;
  if (step == 1) return assign_simple_slice(l, start, stop, {});
  if (step < 0) {  // the same items, visited upwards
    start = start + step * (count - 1);
    step = -step;
  }
  std::vector<Value> garbage;
  garbage.reserve(count);
  auto& items = l->items;
  size_t write = static_cast<size_t>(start);
  int64_t next_drop = start, dropped = 0;
  for (size_t read = static_cast<size_t>(start); read < items.size(); ++read) {
    if (dropped < count && static_cast<int64_t>(read) == next_drop) {
      garbage.push_back(std::move(items[read]));
      ++dropped;
      next_drop += step;
    } else {
      items[write++] = std::move(items[read]);
    }
  }
  items.resize(write);
}

void assign_slice(ListObject* l, const Value& self, const SliceObject* slice, const Value& value) {
  // The new items first (iterating may run Python code), then the indices against the list
  // as it is now, then the change with no callback in between.
  std::vector<Value> seq =
      value.is(self) ? l->items : sequence_fast(value, "can only assign an iterable");
  int64_t start, stop, step;
  int64_t count = slice->indices(static_cast<int64_t>(l->items.size()), start, stop, step);
  if (step == 1) return assign_simple_slice(l, start, stop, std::move(seq));
  if (static_cast<int64_t>(seq.size()) != count) {
    raise_value_error(cat("attempt to assign sequence of size ", seq.size(),
                          " to extended slice of size ", count));
  }
  std::vector<Value> garbage;
  garbage.reserve(count);
  for (int64_t k = 0, i = start; k < count; ++k, i += step) {
    garbage.push_back(std::move(l->items[i]));
    l->items[i] = std::move(seq[k]);
  }
}

void list_setitem(const Value& self, const Value& key, const Value& value) {
  ListObject* l = as_list(self);
  if (is_slice(key)) {
    if (value.is_null()) return delete_slice(l, key.as<SliceObject>());
    return assign_slice(l, self, key.as<SliceObject>(), value);
  }
  int64_t i = key.is_int() ? key.as_int() : subscript_index(key, "list");
  if (!normalize_index(i, static_cast<int64_t>(l->items.size())))
    raise_index_error("list assignment index out of range");
  Value old = std::move(l->items[i]);  // dies after the list is consistent
  if (value.is_null()) {
    l->items.erase(l->items.begin() + i);
  } else {
    l->items[i] = value;
  }
}

bool list_contains(const Value& self, const Value& item) {
  return find_item(as_list(self)->items, item, 0, INT64_MAX) >= 0;
}

// --- list.__new__/__init__ ---

Value list_new(TypeObject* type, const CallArgs&) {
  auto l = new_list();
  set_instance_type(l.get(), type);
  return l;
}

void list_init(const Value& self, const CallArgs& a) {
  no_kwargs(a, "list");
  count_args(a, "list", 0, 1);
  ListObject* l = as_list(self);
  std::vector<Value> items = a.nargs ? to_vector(a[0]) : std::vector<Value>();
  items.swap(l->items);  // the old items die at the end of scope
}

Value list_init_method(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "__init__");
  list_init(a[0], rest);
  return Value::none();
}

// --- iterators ---

struct ListIterObject : Object {
  Ref<ListObject> seq;  // null once exhausted: appending later does not revive it
  size_t index;
  ListIterObject(TypeObject* t, Ref<ListObject> s, size_t i)
      : Object(t), seq(std::move(s)), index(i) {}
};

Value list_iter(const Value& self) {
  return Value(new ListIterObject(list_iterator_type, Ref<ListObject>::from(self), 0));
}

bool list_iter_next(const Value& self, Value& out) {
  auto* it = self.as<ListIterObject>();
  ListObject* l = it->seq.get();
  if (!l) return false;
  if (it->index < l->items.size()) {
    out = l->items[it->index++];
    return true;
  }
  it->seq = Ref<ListObject>();
  return false;
}

bool list_reviter_next(const Value& self, Value& out) {
  auto* it = self.as<ListIterObject>();
  ListObject* l = it->seq.get();
  if (!l) return false;
  // index counts down and wraps past 0 to SIZE_MAX, which fails the bound check.
  if (it->index < l->items.size()) {
    out = l->items[it->index--];
    return true;
  }
  it->seq = Ref<ListObject>();
  return false;
}

Value list_reversed(const CallArgs& a) {
  CallArgs rest = method_args(a, list_type, "__reversed__");
  no_args(rest, "list.__reversed__");
  ListObject* l = as_list(a[0]);
  return Value(
      new ListIterObject(list_reverseiterator_type, Ref<ListObject>(l), l->items.size() - 1));
}

Value list_iter_length_hint(const CallArgs& a) {
  if (a.nargs == 0 || !is_exact(a[0], list_iterator_type))
    raise_type_error("descriptor '__length_hint__' requires a 'list_iterator' object");
  auto* it = a[0].as<ListIterObject>();
  if (!it->seq || it->index >= it->seq->items.size()) return Value::integer(0);
  return Value::integer(static_cast<int64_t>(it->seq->items.size() - it->index));
}

Value list_reviter_length_hint(const CallArgs& a) {
  if (a.nargs == 0 || !is_exact(a[0], list_reverseiterator_type))
    raise_type_error("descriptor '__length_hint__' requires a 'list_reverseiterator' object");
  auto* it = a[0].as<ListIterObject>();
  if (!it->seq || it->index >= it->seq->items.size()) return Value::integer(0);
  return Value::integer(static_cast<int64_t>(it->index + 1));
}

}  // namespace

void containers::init_list_type() {
  TypeObject* t = list_type;
  t->doc =
      "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new "
      "empty list.\nThe argument must be an iterable if specified.";
  t->repr = list_repr;
  t->compare = list_compare;
  t->binary = list_binary;
  t->len = list_len;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->contains = list_contains;
  t->iter = list_iter;
  t->new_ = list_new;
  t->init = list_init;
  add_method(t, "__init__", list_init_method,
             "Initialize self.  See help(type(self)) for accurate signature.");
  add_method(t, "__reversed__", list_reversed, "Return a reverse iterator over the list.");
  init_list_methods(t);
  add_slot_methods(t);
  mark_unhashable(t);
  t->modified();

  list_iterator_type = new_iterator_type("list_iterator", list_iter_next);
  add_method(list_iterator_type, "__length_hint__", list_iter_length_hint,
             "Private method returning an estimate of len(list(it)).");
  list_reverseiterator_type = new_iterator_type("list_reverseiterator", list_reviter_next);
  add_method(list_reverseiterator_type, "__length_hint__", list_reviter_length_hint,
             "Private method returning an estimate of len(list(it)).");
}

void containers::list_extend_any(ListObject* l, const Value& iterable) {
  extend_list(l, iterable);
}

}  // namespace gilt
