// tuple, list, dict, set/frozenset, range, slice, sorting and the builtin iterator types, with
// the reprs, orders, hashes and messages CPython 3.11 produces (each checked against python3).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "runtime/api.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/iterators.hpp"
#include "runtime/range.hpp"
#include "runtime/runtime.hpp"
#include "runtime/set.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "tests/unit/support.hpp"

namespace gilt {
namespace {

using test::call_kw;
using test::ensure_runtime;
using test::error_of;
using test::I;
using test::S;

Value L(std::vector<Value> items = {}) {
  return new_list(std::move(items));
}
Value T(std::vector<Value> items = {}) {
  return new_tuple(std::move(items));
}
std::string R(const Value& v) {
  return repr_utf8(v);
}

Value type_call(TypeObject* t, std::vector<Value> args = {},
                std::vector<std::pair<const char*, Value>> keywords = {}) {
  return call_kw(Value(t), std::move(args), std::move(keywords));
}

// obj.name(args...)
Value meth(const Value& obj, const char* name, std::vector<Value> args = {},
           std::vector<std::pair<const char*, Value>> keywords = {}) {
  return call_kw(get_attr(obj, intern(name)), std::move(args), std::move(keywords));
}

Value list_of(const Value& iterable) {
  return type_call(list_type, {iterable});
}
Value slice(Value a, Value b, Value c = Value::none()) {
  return type_call(slice_type, {std::move(a), std::move(b), std::move(c)});
}
Value none() {
  return Value::none();
}

// A key function that appends each item to `sort_victim` (the list being sorted).
Value sort_victim;
Value append_to_victim(const CallArgs& a) {
  meth(sort_victim, "append", {a[0]});
  return a[0];
}

}  // namespace

TEST_CASE("tuple: reprs, sharing, indexing and messages") {
  ensure_runtime();
  CHECK(R(T()) == "()");
  CHECK(R(T({I(1)})) == "(1,)");
  CHECK(R(T({S("a"), Value::floating(1.5), none(), Value::boolean(true)})) ==
        "('a', 1.5, None, True)");
  CHECK(R(T({T()})) == "((),)");
  CHECK(T().as_obj() == empty_tuple().get());
  CHECK(type_call(tuple_type, {L()}).as_obj() == empty_tuple().get());
  Value t = T({I(1), I(2), I(3)});
  CHECK(type_call(tuple_type, {t}).is(t));
  CHECK(R(get_item(t, I(-1))) == "3");
  CHECK(R(get_item(t, slice(none(), none(), I(-2)))) == "(3, 1)");
  CHECK(get_item(t, slice(I(5), none())).as_obj() == empty_tuple().get());
  CHECK(error_of([&] { get_item(T(), I(0)); }) == "IndexError: tuple index out of range");
  CHECK(error_of([&] { get_item(t, S("a")); }) ==
        "TypeError: tuple indices must be integers or slices, not str");
  CHECK(error_of([&] { binary_op(BinOp::Add, T({I(1)}), I(1)); }) ==
        "TypeError: can only concatenate tuple (not \"int\") to tuple");
  CHECK(R(binary_op(BinOp::Add, T({I(1), I(2)}), T({I(3)}))) == "(1, 2, 3)");
  CHECK(R(binary_op(BinOp::Mul, I(3), T({I(1)}))) == "(1, 1, 1)");
  CHECK(error_of([&] { binary_op(BinOp::Mul, T({I(1)}), I(1000000000000000000)); }) ==
        "MemoryError");
  CHECK(error_of([&] { meth(t, "index", {I(5)}); }) ==
        "ValueError: tuple.index(x): x not in tuple");
  CHECK(error_of([&] { meth(t, "count"); }) ==
        "TypeError: tuple.count() takes exactly one argument (0 given)");
  CHECK(R(meth(t, "index", {I(3), I(-1)})) == "2");
  CHECK(R(meth(T({I(1), I(1), I(2)}), "count", {I(1)})) == "2");
  CHECK(compare_bool(T({I(1), I(2)}), T({I(1), I(3)}), CmpOp::Lt));
  CHECK(compare_bool(T({I(1)}), T({I(1), I(0)}), CmpOp::Lt));
  CHECK(equals(T({I(1), Value::floating(2.0)}), T({I(1), I(2)})));
  CHECK(error_of([&] { compare(T({I(1)}), L({I(1)}), CmpOp::Lt); }) ==
        "TypeError: '<' not supported between instances of 'tuple' and 'list'");
}

TEST_CASE("tuple and frozenset hashes match CPython's") {
  ensure_runtime();
  CHECK(hash_value(T({I(1), I(2)})) == -3550055125485641917);
  CHECK(hash_value(T()) == 5740354900026072187);
  CHECK(hash_value(type_call(frozenset_type, {L({I(1), I(2)})})) == -1826646154956904602);
  CHECK(hash_value(type_call(frozenset_type)) == 133146708735736);
  CHECK(hash_value(type_call(range_type, {I(3)})) == -8338477496398685190);
  // hash(range(0)) and hash(range(1, 2)) hash None, whose hash is its address in CPython 3.11:
  // only equality between equal ranges can be checked.
  CHECK(hash_value(type_call(range_type, {I(0)})) ==
        hash_value(type_call(range_type, {I(5), I(2), I(3)})));
  CHECK(hash_value(type_call(range_type, {I(1), I(2)})) ==
        hash_value(type_call(range_type, {I(1), I(3), I(5)})));
  CHECK(error_of([&] { hash_value(T({I(1), L()})); }) == "TypeError: unhashable type: 'list'");
  CHECK(error_of([&] { hash_value(slice(I(1), I(2))); }) == "TypeError: unhashable type: 'slice'");
}

TEST_CASE("list: indexing, slicing and assignment") {
  ensure_runtime();
  Value l = L({I(1), I(2), I(3)});
  CHECK(error_of([&] { get_item(l, I(3)); }) == "IndexError: list index out of range");
  CHECK(error_of([&] { set_item(l, I(5), I(1)); }) ==
        "IndexError: list assignment index out of range");
  CHECK(error_of([&] { del_item(l, I(-4)); }) == "IndexError: list assignment index out of range");
  CHECK(error_of([&] { get_item(l, Value::floating(1.0)); }) ==
        "TypeError: list indices must be integers or slices, not float");
  CHECK(error_of([&] {
          set_item(l, slice(none(), none(), I(2)), L({I(1), I(2), I(3)}));
        }) == "ValueError: attempt to assign sequence of size 3 to extended slice of size 2");
  CHECK(error_of([&] { set_item(l, slice(I(0), I(1)), I(5)); }) ==
        "TypeError: can only assign an iterable");
  CHECK(error_of([&] { get_item(l, slice(none(), none(), I(0))); }) ==
        "ValueError: slice step cannot be zero");
  set_item(l, slice(none(), none(), I(-1)), L({I(4), I(5), I(6)}));
  CHECK(R(l) == "[6, 5, 4]");
  set_item(l, slice(I(1), I(2)), l);
  CHECK(R(l) == "[6, 6, 5, 4, 4]");
  Value m = L({I(1), I(2), I(3), I(4), I(5)});
  del_item(m, slice(none(), none(), I(2)));
  CHECK(R(m) == "[2, 4]");
  Value n = L({I(0), I(1), I(2), I(3), I(4), I(5)});
  del_item(n, slice(I(4), none(), I(-3)));
  CHECK(R(n) == "[0, 2, 3, 5]");
  set_item(n, slice(I(1), I(3)), T());
  CHECK(R(n) == "[0, 5]");
  set_item(n, slice(I(10), I(20)), T({I(7), I(8)}));
  CHECK(R(n) == "[0, 5, 7, 8]");
  CHECK(R(get_item(n, slice(I(-100), I(2)))) == "[0, 5]");
  CHECK(R(get_item(n, slice(I(3), I(0), I(-1)))) == "[8, 7, 5]");
}

TEST_CASE("list: operators, methods and messages") {
  ensure_runtime();
  Value l = L({I(1), I(2)});
  CHECK(error_of([&] { binary_op(BinOp::Add, l, I(1)); }) ==
        "TypeError: can only concatenate list (not \"int\") to list");
  CHECK(error_of([&] { binary_op(BinOp::Add, l, T()); }) ==
        "TypeError: can only concatenate list (not \"tuple\") to list");
  CHECK(error_of([&] { binary_op(BinOp::Mul, l, Value::floating(2.0)); }) ==
        "TypeError: can't multiply sequence by non-int of type 'float'");
  CHECK(error_of([&] { binary_op(BinOp::Mul, Value::floating(2.0), l); }) ==
        "TypeError: can't multiply sequence by non-int of type 'float'");
  CHECK(R(binary_op(BinOp::Mul, l, I(-1))) == "[]");
  CHECK(R(binary_op(BinOp::Mul, I(2), l)) == "[1, 2, 1, 2]");
  Value same = binary_op(BinOp::InplaceAdd, l, T({I(3)}));
  CHECK(same.is(l));
  CHECK(R(l) == "[1, 2, 3]");
  CHECK(error_of([&] { binary_op(BinOp::InplaceAdd, l, I(1)); }) ==
        "TypeError: 'int' object is not iterable");
  binary_op(BinOp::InplaceMul, l, I(2));
  CHECK(R(l) == "[1, 2, 3, 1, 2, 3]");
  CHECK(R(meth(l, "index", {I(3), I(3)})) == "5");
  CHECK(error_of([&] { meth(l, "index", {I(7)}); }) == "ValueError: 7 is not in list");
  CHECK(error_of([&] {
          meth(l, "index", {I(1), none()});
        }) == "TypeError: slice indices must be integers or have an __index__ method");
  CHECK(R(meth(l, "count", {I(1)})) == "2");
  CHECK(R(meth(l, "pop")) == "3");
  CHECK(R(meth(l, "pop", {I(0)})) == "1");
  CHECK(error_of([&] { meth(l, "pop", {I(10)}); }) == "IndexError: pop index out of range");
  CHECK(error_of([&] { meth(L(), "pop"); }) == "IndexError: pop from empty list");
  CHECK(error_of([&] {
          meth(l, "pop", {I(1), I(2)});
        }) == "TypeError: pop expected at most 1 argument, got 2");
  CHECK(error_of([&] { meth(l, "remove", {I(9)}); }) ==
        "ValueError: list.remove(x): x not in list");
  CHECK(error_of([&] { meth(l, "append"); }) ==
        "TypeError: list.append() takes exactly one argument (0 given)");
  CHECK(error_of([&] {
          meth(l, "append", {I(1)}, {{"x", I(1)}});
        }) == "TypeError: list.append() takes no keyword arguments");
  CHECK(error_of([&] { meth(l, "reverse", {I(1)}); }) ==
        "TypeError: list.reverse() takes no arguments (1 given)");
  CHECK(error_of([&] { meth(l, "insert", {I(1)}); }) ==
        "TypeError: insert expected 2 arguments, got 1");
  Value append = get_attr(Value(list_type), intern("append"));
  CHECK(error_of([&] { call(append, {}); }) ==
        "TypeError: unbound method list.append() needs an argument");
  CHECK(error_of([&] {
          call(append, {I(1), I(2)});
        }) == "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
  meth(l, "insert", {I(-100), I(0)});
  meth(l, "insert", {I(100), I(9)});
  CHECK(R(l) == "[0, 2, 3, 1, 2, 9]");
  meth(l, "reverse");
  CHECK(R(l) == "[9, 2, 1, 3, 2, 0]");
  Value c = meth(l, "copy");
  meth(l, "clear");
  CHECK(R(l) == "[]");
  CHECK(R(c) == "[9, 2, 1, 3, 2, 0]");
  CHECK(error_of([&] {
          type_call(list_type, {I(1), I(2)});
        }) == "TypeError: list expected at most 1 argument, got 2");
  CHECK(error_of([&] {
          type_call(list_type, {}, {{"x", I(1)}});
        }) == "TypeError: list() takes no keyword arguments");
  CHECK(R(list_of(S("abc"))) == "['a', 'b', 'c']");
}

TEST_CASE("list: comparisons, recursion in repr, iteration under mutation") {
  ensure_runtime();
  CHECK(equals(L({I(1)}), L({Value::floating(1.0)})));
  CHECK(!equals(L({I(1)}), L({I(1), I(2)})));
  CHECK(compare_bool(L({I(1), I(2)}), L({I(1), I(2), I(0)}), CmpOp::Lt));
  CHECK(error_of([&] {
          compare(L({I(1), I(2)}), L({I(1), S("a")}), CmpOp::Lt);
        }) == "TypeError: '<' not supported between instances of 'int' and 'str'");
  Value l = L({I(1)});
  l.as<ListObject>()->items.push_back(l);
  CHECK(R(l) == "[1, [...]]");
  l.as<ListObject>()->items.clear();  // break the cycle

  // Appending while iterating: the iterator sees the new items and never reads past the end.
  Value grow = L({I(0)});
  Value it = get_iter(grow);
  Value x;
  int steps = 0;
  while (iter_next(it, x) && steps < 10) {
    if (steps < 3) grow.as<ListObject>()->items.push_back(I(steps + 1));
    ++steps;
  }
  CHECK(steps == 4);
  Value shrink = L({I(0), I(1), I(2)});
  Value it2 = get_iter(shrink);
  CHECK(iter_next(it2, x));
  meth(shrink, "clear");
  CHECK(!iter_next(it2, x));
  meth(shrink, "append", {I(5)});
  CHECK(!iter_next(it2, x));  // an exhausted iterator stays exhausted

  Value r = call_kw(Value(reversed_type), {L({I(1), I(2), I(3)})});
  CHECK(type_name(r) == "list_reverseiterator");
  CHECK(R(list_of(r)) == "[3, 2, 1]");
}

TEST_CASE("sort: stability, key, reverse and errors") {
  ensure_runtime();
  Value l = L({I(3), I(1), I(2)});
  meth(l, "sort");
  CHECK(R(l) == "[1, 2, 3]");
  meth(l, "sort", {}, {{"reverse", Value::boolean(true)}});
  CHECK(R(l) == "[3, 2, 1]");
  CHECK(error_of([&] { meth(l, "sort", {I(1)}); }) ==
        "TypeError: sort() takes no positional arguments");
  CHECK(error_of([&] {
          meth(l, "sort", {}, {{"x", I(1)}});
        }) == "TypeError: 'x' is an invalid keyword argument for sort()");
  CHECK(error_of([&] {
          meth(L({I(3), S("a")}), "sort");
        }) == "TypeError: '<' not supported between instances of 'str' and 'int'");

  // Stable with a key, in both directions.
  Value words = L({S("bb"), S("a"), S("cc"), S("d"), S("ee"), S("f")});
  Value len = runtime->builtins->get("len");
  meth(words, "sort", {}, {{"key", len}});
  CHECK(R(words) == "['a', 'd', 'f', 'bb', 'cc', 'ee']");
  meth(words, "sort", {}, {{"key", len}, {"reverse", Value::boolean(true)}});
  CHECK(R(words) == "['bb', 'cc', 'ee', 'a', 'd', 'f']");

  // Larger inputs: runs, reversed runs, duplicates.
  std::vector<Value> big;
  for (int i = 0; i < 1000; ++i)
    big.push_back(I((i * 7919) % 211));
  std::vector<Value> sorted = big;
  sort_values(sorted, Value(), false);
  for (size_t i = 1; i < sorted.size(); ++i)
    CHECK(sorted[i - 1].as_int() <= sorted[i].as_int());
  std::vector<Value> desc;
  for (int i = 500; i > 0; --i)
    desc.push_back(I(i));
  sort_values(desc, Value(), false);
  CHECK(desc.front().as_int() == 1);
  CHECK(desc.back().as_int() == 500);

  // A failing comparison leaves every item in the list.
  Value mixed = L({I(5), I(4), S("x"), I(1)});
  CHECK(!error_of([&] { meth(mixed, "sort"); }).empty());
  CHECK(mixed.as<ListObject>()->items.size() == 4);

  // A key function that changes the list: the list looks empty meanwhile, and the change is
  // reported (and discarded).
  sort_victim = L({I(3), I(1), I(2)});
  Value key(new NativeFunctionObject("key", append_to_victim));
  CHECK(error_of([&] {
          meth(sort_victim, "sort", {}, {{"key", key}});
        }) == "ValueError: list modified during sort");
  CHECK(R(sort_victim) == "[1, 2, 3]");
  // list.append returns None: the keys cannot be ordered, and the list is left as it was.
  Value append = get_attr(sort_victim, intern("append"));
  CHECK(error_of([&] {
          meth(sort_victim, "sort", {}, {{"key", append}});
        }) == "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'");
  CHECK(R(sort_victim) == "[1, 2, 3]");
  sort_victim = Value();
}

TEST_CASE("dict: table operations, order and versions") {
  ensure_runtime();
  Ref<DictObject> d = new_dict();
  uint64_t v0 = d->version;
  d->set(S("a"), I(1));
  CHECK(d->version != v0);
  d->set(I(2), I(2));
  d->set(Value::floating(2.0), I(3));  // the same key as 2
  CHECK(d->size() == 2);
  CHECK(R(Value(d)) == "{'a': 1, 2: 3}");
  CHECK(R(d->get_str(intern("a"))) == "1");
  CHECK(R(d->get(std::string_view("a"))) == "1");
  CHECK(d->get(S("zz")).is_null());
  uint64_t v1 = d->version;
  CHECK(d->remove(S("a")));
  CHECK(d->version != v1);
  CHECK(!d->remove(S("a")));
  d->set(S("a"), I(4));
  CHECK(R(Value(d)) == "{2: 3, 'a': 4}");
  for (int i = 0; i < 1000; ++i)
    d->set(I(i), I(i * i));
  CHECK(d->size() == 1001);
  for (int i = 0; i < 1000; i += 2)
    CHECK(d->remove(I(i)));
  CHECK(d->size() == 501);
  CHECK(R(d->get(I(999))) == "998001");
  CHECK(d->get(I(998)).is_null());
  Value k, v;
  CHECK(d->pop_last(k, v));
  CHECK(R(k) == "999");
  // popitem leaves a deleted index slot behind without giving the room back: alternating
  // inserts and popitems must still grow the table rather than fill it with dummies.
  for (int i = 0; i < 100; ++i) {
    d->set(I(100000 + i), I(i));
    CHECK(d->pop_last(k, v));
  }
  d->clear();
  CHECK(d->size() == 0);
  CHECK(R(Value(d)) == "{}");
  CHECK(error_of([&] { d->set(L(), I(1)); }) == "TypeError: unhashable type: 'list'");
  CHECK(error_of([&] { d->get(L()); }) == "TypeError: unhashable type: 'list'");
}

TEST_CASE("dict: type, methods and messages") {
  ensure_runtime();
  Value d = type_call(dict_type, {L({T({I(1), I(2)})})}, {{"a", I(3)}});
  CHECK(R(d) == "{1: 2, 'a': 3}");
  CHECK(R(type_call(dict_type, {L({S("ab")})})) == "{'a': 'b'}");
  CHECK(error_of([&] { type_call(dict_type, {L({I(1)})}); }) ==
        "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  CHECK(error_of([&] { type_call(dict_type, {L({L({I(1)})})}); }) ==
        "ValueError: dictionary update sequence element #0 has length 1; 2 is required");
  CHECK(error_of([&] {
          type_call(dict_type, {L(), L()});
        }) == "TypeError: dict expected at most 1 argument, got 2");
  CHECK(error_of([&] { type_call(dict_type, {I(1)}); }) ==
        "TypeError: 'int' object is not iterable");
  CHECK(error_of([&] { get_item(d, I(7)); }) == "KeyError: 7");
  CHECK(error_of([&] { meth(d, "pop"); }) == "TypeError: pop expected at least 1 argument, got 0");
  CHECK(error_of([&] { meth(type_call(dict_type), "popitem"); }) ==
        "KeyError: 'popitem(): dictionary is empty'");
  CHECK(R(meth(d, "get", {I(1)})) == "2");
  CHECK(R(meth(d, "get", {I(9)})) == "None");
  CHECK(R(meth(d, "setdefault", {I(9), L()})) == "[]");
  CHECK(R(meth(d, "pop", {I(9)})) == "[]");
  CHECK(R(meth(d, "pop", {I(9), S("x")})) == "'x'");
  CHECK(R(meth(d, "popitem")) == "('a', 3)");
  CHECK(R(meth(d, "keys")) == "dict_keys([1])");
  CHECK(R(meth(d, "values")) == "dict_values([2])");
  CHECK(R(meth(d, "items")) == "dict_items([(1, 2)])");
  CHECK(contains(meth(d, "items"), T({I(1), I(2)})));
  CHECK(!contains(meth(d, "items"), L({I(1), I(2)})));
  CHECK(contains(meth(d, "values"), I(2)));

  Value fromkeys = get_attr(Value(dict_type), intern("fromkeys"));
  CHECK(R(call(fromkeys, {S("ab")})) == "{'a': None, 'b': None}");
  CHECK(R(meth(d, "fromkeys", {L({I(1)}), I(0)})) == "{1: 0}");
  CHECK(error_of([&] { call(fromkeys, {}); }) ==
        "TypeError: fromkeys expected at least 1 argument, got 0");

  Value e = type_call(dict_type);
  meth(e, "update", {type_call(dict_type, {}, {{"x", I(1)}})}, {{"y", I(2)}});
  CHECK(R(e) == "{'x': 1, 'y': 2}");
  CHECK(error_of([&] {
          meth(e, "update", {I(1), I(2)});
        }) == "TypeError: update expected at most 1 argument, got 2");
  CHECK(equals(e, type_call(dict_type, {}, {{"y", I(2)}, {"x", I(1)}})));
  CHECK(!equals(e, type_call(dict_type, {}, {{"y", I(2)}, {"x", I(2)}})));
  Value merged = binary_op(BinOp::Or, e, type_call(dict_type, {}, {{"x", I(5)}, {"z", I(0)}}));
  CHECK(R(merged) == "{'x': 5, 'y': 2, 'z': 0}");
  CHECK(error_of([&] { binary_op(BinOp::Or, e, I(1)); }) ==
        "TypeError: unsupported operand type(s) for |: 'dict' and 'int'");
  CHECK(error_of([&] { hash_value(e); }) == "TypeError: unhashable type: 'dict'");

  Value self_ref = type_call(dict_type);
  self_ref.as<DictObject>()->set(I(1), self_ref);
  CHECK(R(self_ref) == "{1: {...}}");
  self_ref.as<DictObject>()->clear();

  Value rev = call_kw(Value(reversed_type), {type_call(dict_type, {}, {{"a", I(1)}, {"b", I(2)}})});
  CHECK(type_name(rev) == "dict_reversekeyiterator");
  CHECK(R(list_of(rev)) == "['b', 'a']");
}

TEST_CASE("dict: iteration notices changes") {
  ensure_runtime();
  Value d = type_call(dict_type, {}, {{"a", I(1)}});
  Value it = get_iter(d);
  Value k;
  CHECK(iter_next(it, k));
  d.as<DictObject>()->set(S("b"), I(2));
  CHECK(error_of([&] { iter_next(it, k); }) ==
        "RuntimeError: dictionary changed size during iteration");
  CHECK(error_of([&] { iter_next(it, k); }) ==
        "RuntimeError: dictionary changed size during iteration");

  Value d2 = type_call(dict_type, {}, {{"a", I(1)}, {"b", I(2)}});
  Value it2 = get_iter(d2);
  CHECK(iter_next(it2, k));
  CHECK(iter_next(it2, k));
  d2.as<DictObject>()->remove(S("a"));
  d2.as<DictObject>()->set(S("c"), I(3));
  CHECK(error_of([&] { iter_next(it2, k); }) ==
        "RuntimeError: dictionary keys changed during iteration");

  Value items = meth(type_call(dict_type, {}, {{"a", I(1)}, {"b", I(2)}}), "items");
  CHECK(R(list_of(items)) == "[('a', 1), ('b', 2)]");
  CHECK(type_name(get_iter(items)) == "dict_itemiterator");
}

TEST_CASE("dict views: set operations and comparisons") {
  ensure_runtime();
  Value d = type_call(dict_type, {L({T({I(1), I(2)}), T({I(3), I(4)})})});
  Value keys = meth(d, "keys");
  CHECK(R(binary_op(BinOp::Or, keys, L({I(5)}))) == "{1, 3, 5}");
  CHECK(R(binary_op(BinOp::Or, L({I(5)}), keys)) == "{1, 3, 5}");
  CHECK(R(binary_op(BinOp::And, keys, L({I(3), I(9)}))) == "{3}");
  CHECK(R(binary_op(BinOp::Sub, keys, L({I(1)}))) == "{3}");
  CHECK(R(binary_op(BinOp::Xor, keys, L({I(1), I(5)}))) == "{3, 5}");
  CHECK(equals(keys, type_call(set_type, {L({I(3), I(1)})})));
  CHECK(equals(meth(d, "items"), type_call(set_type, {L({T({I(1), I(2)}), T({I(3), I(4)})})})));
  CHECK(!equals(meth(d, "values"), meth(d, "values")));
  CHECK(compare_bool(keys, type_call(set_type, {L({I(1), I(3), I(4)})}), CmpOp::Lt));
  CHECK(error_of([&] { hash_value(keys); }) == "TypeError: unhashable type: 'dict_keys'");
}

TEST_CASE("set: CPython's iteration order and reprs") {
  ensure_runtime();
  auto set_of = [](std::vector<Value> items) { return type_call(set_type, {L(std::move(items))}); };
  CHECK(R(set_of({I(3), I(1), I(2)})) == "{1, 2, 3}");
  CHECK(R(set_of({I(8), I(1)})) == "{8, 1}");
  CHECK(R(set_of({I(100), I(5), I(33), I(1)})) == "{33, 100, 5, 1}");
  CHECK(R(set_of({I(-1), I(-2), I(3)})) == "{3, -1, -2}");
  CHECK(R(set_of({I(1), I(9), I(17), I(25)})) == "{1, 25, 9, 17}");
  CHECK(R(set_of({I(25), I(17), I(9), I(1)})) == "{25, 1, 17, 9}");
  CHECK(R(type_call(set_type, {type_call(range_type, {I(20), I(0), I(-1)})})) ==
        "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}");
  Value s = type_call(set_type, {type_call(range_type, {I(5)})});
  meth(s, "discard", {I(1)});
  meth(s, "add", {I(9)});
  CHECK(R(s) == "{0, 2, 3, 4, 9}");
  CHECK(R(type_call(set_type)) == "set()");
  CHECK(R(type_call(frozenset_type)) == "frozenset()");
  CHECK(R(type_call(frozenset_type, {L({I(2), I(1)})})) == "frozenset({1, 2})");
  CHECK(R(set_of({S("a"), S("a")})) == "{'a'}");
  // A constant display {16, 1, 2, 3, 4} is SET_UPDATE of a frozenset: merged table to table,
  // so it keeps the frozenset's 16-slot layout, unlike adding the items one by one.
  Value frozen = type_call(frozenset_type, {L({I(16), I(1), I(2), I(3), I(4)})});
  Ref<SetObject> display = new_set();
  set_update_internal(display.get(), frozen);
  CHECK(R(Value(display)) == "{16, 1, 2, 3, 4}");
  CHECK(R(set_of({I(16), I(1), I(2), I(3), I(4)})) == "{1, 2, 3, 4, 16}");
}

TEST_CASE("set: methods, operators and messages") {
  ensure_runtime();
  auto set_of = [](std::vector<Value> items) { return type_call(set_type, {L(std::move(items))}); };
  Value a = set_of({I(1), I(2), I(3)});
  Value b = set_of({I(2), I(3), I(4)});
  CHECK(R(binary_op(BinOp::Or, a, b)) == "{1, 2, 3, 4}");
  CHECK(R(binary_op(BinOp::And, a, b)) == "{2, 3}");
  CHECK(R(binary_op(BinOp::Sub, a, b)) == "{1}");
  CHECK(R(binary_op(BinOp::Xor, a, b)) == "{1, 4}");
  CHECK(error_of([&] { binary_op(BinOp::Or, a, L()); }) ==
        "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
  Value f = type_call(frozenset_type, {L({I(1)})});
  CHECK(R(binary_op(BinOp::Or, f, a)) == "frozenset({1, 2, 3})");
  CHECK(R(binary_op(BinOp::Or, a, f)) == "{1, 2, 3}");
  CHECK(equals(set_of({I(1)}), f));
  CHECK(compare_bool(set_of({I(2)}), a, CmpOp::Lt));
  CHECK(!compare_bool(a, a, CmpOp::Lt));
  CHECK(compare_bool(a, a, CmpOp::Le));
  CHECK(R(meth(a, "union", {L({I(7)}), T({I(8)})})) == "{1, 2, 3, 7, 8}");
  CHECK(R(meth(a, "intersection", {L({I(3), I(1)})})) == "{1, 3}");
  CHECK(R(meth(a, "difference", {L({I(3)}), L({I(1)})})) == "{2}");
  CHECK(R(meth(a, "symmetric_difference", {L({I(3), I(5)})})) == "{1, 2, 5}");
  CHECK(meth(a, "issubset", {L({I(1), I(2), I(3), I(4)})}).as_bool());
  CHECK(meth(a, "issuperset", {L({I(1)})}).as_bool());
  CHECK(meth(a, "isdisjoint", {L({I(9)})}).as_bool());
  Value c = meth(a, "copy");
  binary_op(BinOp::InplaceOr, c, set_of({I(10)}));
  binary_op(BinOp::InplaceSub, c, set_of({I(1)}));
  CHECK(R(c) == "{10, 2, 3}");
  meth(c, "intersection_update", {L({I(2), I(10)})});
  CHECK(R(c) == "{2, 10}");
  meth(c, "symmetric_difference_update", {L({I(2), I(4)})});
  CHECK(R(c) == "{10, 4}");
  meth(c, "difference_update", {L({I(4)})});
  CHECK(R(c) == "{10}");
  CHECK(R(meth(c, "pop")) == "10");
  CHECK(error_of([&] { meth(c, "pop"); }) == "KeyError: 'pop from an empty set'");
  CHECK(error_of([&] { meth(c, "remove", {I(1)}); }) == "KeyError: 1");
  CHECK(error_of([&] { meth(c, "add", {L()}); }) == "TypeError: unhashable type: 'list'");
  CHECK(error_of([&] { meth(c, "add"); }) ==
        "TypeError: set.add() takes exactly one argument (0 given)");
  CHECK(error_of([&] {
          meth(f, "union", {}, {{"x", I(1)}});
        }) == "TypeError: frozenset.union() takes no keyword arguments");
  CHECK(error_of([&] { get_attr(f, intern("add")); }) ==
        "AttributeError: 'frozenset' object has no attribute 'add'");
  CHECK(error_of([&] { hash_value(a); }) == "TypeError: unhashable type: 'set'");
  // A set key stands for the frozenset of its items.
  Value holder = set_of({type_call(frozenset_type)});
  CHECK(contains(holder, type_call(set_type)));
  meth(holder, "remove", {type_call(set_type)});
  CHECK(length(holder) == 0);

  Value grow = set_of({I(1)});
  Value it = get_iter(grow);
  meth(grow, "add", {I(2)});
  Value x;
  CHECK(error_of([&] { iter_next(it, x); }) == "RuntimeError: Set changed size during iteration");
  CHECK(type_call(frozenset_type, {f}).is(f));
}

TEST_CASE("range") {
  ensure_runtime();
  auto range = [](std::vector<Value> args) { return type_call(range_type, std::move(args)); };
  CHECK(R(range({I(10)})) == "range(0, 10)");
  CHECK(R(range({I(0), I(10), I(2)})) == "range(0, 10, 2)");
  CHECK(R(range({I(1), I(5), I(1)})) == "range(1, 5)");
  CHECK(error_of([&] {
          range({I(1), I(2), I(0)});
        }) == "ValueError: range() arg 3 must not be zero");
  CHECK(error_of([&] { range({Value::floating(1.0)}); }) ==
        "TypeError: 'float' object cannot be interpreted as an integer");
  CHECK(error_of([&] { range({}); }) == "TypeError: range expected at least 1 argument, got 0");
  CHECK(error_of([&] {
          range({I(1), I(2), I(3), I(4)});
        }) == "TypeError: range expected at most 3 arguments, got 4");
  Value r = range({I(0), I(10), I(3)});
  CHECK(length(r) == 4);
  CHECK(R(get_item(r, I(-1))) == "9");
  CHECK(error_of([&] { get_item(r, I(4)); }) == "IndexError: range object index out of range");
  CHECK(error_of([&] { get_item(r, S("a")); }) ==
        "TypeError: range indices must be integers or slices, not str");
  CHECK(R(get_item(range({I(0), I(10), I(2)}), slice(I(1), I(3)))) == "range(2, 6, 2)");
  CHECK(R(get_item(range({I(10)}), slice(none(), none(), I(-1)))) == "range(9, -1, -1)");
  CHECK(contains(r, I(9)));
  CHECK(!contains(r, I(4)));
  CHECK(contains(r, Value::floating(3.0)));
  CHECK(R(meth(r, "index", {I(6)})) == "2");
  CHECK(error_of([&] { meth(r, "index", {I(4)}); }) == "ValueError: 4 is not in range");
  CHECK(R(meth(r, "count", {I(3)})) == "1");
  CHECK(equals(range({I(3)}), range({I(0), I(3), I(1)})));
  CHECK(equals(range({I(0)}), range({I(5), I(2)})));
  CHECK(error_of([&] { compare(range({I(1)}), range({I(2)}), CmpOp::Lt); }) ==
        "TypeError: '<' not supported between instances of 'range' and 'range'");
  CHECK(R(list_of(r)) == "[0, 3, 6, 9]");
  CHECK(R(list_of(call_kw(Value(reversed_type), {r}))) == "[9, 6, 3, 0]");
  CHECK(R(list_of(call_kw(Value(reversed_type), {range({I(10), I(0), I(-3)})}))) ==
        "[1, 4, 7, 10]");
  CHECK(R(get_attr(r, intern("step"))) == "3");
  CHECK(R(get_attr(r, intern("stop"))) == "10");
  Value extreme = range({I(INT64_MAX - 2), I(INT64_MAX)});
  CHECK(R(list_of(extreme)) == "[9223372036854775805, 9223372036854775806]");
}

TEST_CASE("range with ints beyond int64") {
  ensure_runtime();
  auto range = [](std::vector<Value> args) { return type_call(range_type, std::move(args)); };
  const Value e19 = make_int(BigInt("10000000000000000000"));
  const Value e20 = make_int(BigInt("100000000000000000000"));
  Value r = range({e20});
  CHECK(R(r) == "range(0, 100000000000000000000)");
  CHECK(R(get_item(r, I(-1))) == "99999999999999999999");
  CHECK(contains(r, e19));
  CHECK(!contains(r, e20));
  CHECK(R(meth(r, "index", {e19})) == "10000000000000000000");
  CHECK(R(meth(r, "count", {e19})) == "1");
  CHECK(error_of([&] { length(r); }) ==
        "OverflowError: Python int too large to convert to C ssize_t");
  CHECK(truthy(r));
  CHECK(length(range({I(1000000000000000000)})) == 1000000000000000000);
  CHECK(R(get_attr(r, intern("stop"))) == "100000000000000000000");
  CHECK(R(get_item(r, slice(e19, none(), I(-3)))) == "range(10000000000000000000, -1, -3)");
  CHECK(R(get_item(range({I(10)}), slice(none(), none(), e20))) ==
        "range(0, 10, 100000000000000000000)");
  CHECK(equals(range({I(0), e20, e20}), range({I(1)})));
  CHECK(hash_value(range({I(0), e20, e20})) == hash_value(range({I(1)})));
  Value across = range({I(INT64_MAX - 1), make_int(BigInt(INT64_MAX) + 2)});
  CHECK(R(list_of(across)) == "[9223372036854775806, 9223372036854775807, 9223372036854775808]");
  CHECK(R(list_of(call_kw(Value(reversed_type), {across}))) ==
        "[9223372036854775808, 9223372036854775807, 9223372036854775806]");
  CHECK(type_name(get_iter(r)) == "longrange_iterator");
  CHECK(type_name(get_iter(range({I(INT64_MIN), I(INT64_MAX)}))) == "longrange_iterator");
}

TEST_CASE("slice") {
  ensure_runtime();
  CHECK(R(slice(I(1), I(2))) == "slice(1, 2, None)");
  CHECK(R(type_call(slice_type, {I(1)})) == "slice(None, 1, None)");
  CHECK(error_of([&] { type_call(slice_type, {}); }) ==
        "TypeError: slice expected at least 1 argument, got 0");
  CHECK(R(meth(slice(none(), I(100), I(-5)), "indices", {I(10)})) == "(9, 9, -5)");
  CHECK(R(meth(slice(I(1), I(2), I(3)), "indices", {I(10)})) == "(1, 2, 3)");
  CHECK(error_of([&] { meth(slice(I(1), I(2)), "indices", {I(-1)}); }) ==
        "ValueError: length should not be negative");
  CHECK(error_of([&] { meth(slice(I(1), I(2), I(0)), "indices", {I(1)}); }) ==
        "ValueError: slice step cannot be zero");
  CHECK(error_of([&] { meth(type_call(slice_type, {S("a")}), "indices", {I(10)}); }) ==
        "TypeError: slice indices must be integers or None or have an __index__ method");
  CHECK(equals(slice(I(1), I(2)), slice(I(1), I(2))));
  CHECK(compare_bool(slice(I(1), I(2)), slice(I(1), I(3)), CmpOp::Lt));
  CHECK(R(get_attr(slice(I(1), I(2)), intern("stop"))) == "2");
  int64_t start, stop, step;
  Value s = slice(I(-100), I(100));
  CHECK(s.as<SliceObject>()->indices(5, start, stop, step) == 5);
  CHECK(start == 0);
  CHECK(stop == 5);
}

TEST_CASE("enumerate, zip, map, filter, reversed") {
  ensure_runtime();
  auto make = [](TypeObject* t, std::vector<Value> args,
                 std::vector<std::pair<const char*, Value>> kw = {}) {
    return call_kw(Value(t), std::move(args), std::move(kw));
  };
  Value e = make(enumerate_type, {S("ab")}, {{"start", I(10)}});
  CHECK(get_iter(e).is(e));
  CHECK(R(list_of(e)) == "[(10, 'a'), (11, 'b')]");
  CHECK(R(list_of(make(enumerate_type, {S("ab"), I(INT64_MAX)}))) ==
        "[(9223372036854775807, 'a'), (9223372036854775808, 'b')]");
  CHECK(error_of([&] { make(enumerate_type, {}); }) ==
        "TypeError: enumerate() missing required argument 'iterable'");
  CHECK(error_of([&] {
          make(enumerate_type, {L(), I(1), I(2)});
        }) == "TypeError: enumerate() takes at most 2 arguments (3 given)");
  CHECK(error_of([&] {
          make(enumerate_type, {}, {{"x", I(1)}});
        }) == "TypeError: 'x' is an invalid keyword argument for enumerate()");
  CHECK(error_of([&] {
          make(enumerate_type, {L()}, {{"start", Value::floating(1.5)}});
        }) == "TypeError: 'float' object cannot be interpreted as an integer");
  CHECK(R(repr(e)).rfind("'<enumerate object at 0x", 0) == 0);

  CHECK(R(list_of(make(zip_type, {S("ab"), L({I(1), I(2), I(3)})}))) == "[('a', 1), ('b', 2)]");
  CHECK(R(list_of(make(zip_type, {}))) == "[]");
  CHECK(error_of([&] {
          list_of(make(zip_type, {S("ab"), S("cde")}, {{"strict", Value::boolean(true)}}));
        }) == "ValueError: zip() argument 2 is longer than argument 1");
  CHECK(error_of([&] {
          list_of(make(zip_type, {S("ab"), S("cd"), S("e")}, {{"strict", Value::boolean(true)}}));
        }) == "ValueError: zip() argument 3 is shorter than arguments 1-2");
  CHECK(error_of([&] {
          make(zip_type, {}, {{"a", I(1)}});
        }) == "TypeError: 'a' is an invalid keyword argument for zip()");
  CHECK(error_of([&] {
          make(zip_type, {L(), I(1)});
        }) == "TypeError: 'int' object is not iterable");

  Value len = runtime->builtins->get("len");
  CHECK(R(list_of(make(map_type, {len, L({S("a"), S("bcd")})}))) == "[1, 3]");
  CHECK(error_of([&] { make(map_type, {len}); }) ==
        "TypeError: map() must have at least two arguments.");
  CHECK(error_of([&] {
          make(map_type, {len, L()}, {{"x", I(1)}});
        }) == "TypeError: map() takes no keyword arguments");

  CHECK(R(list_of(make(filter_type, {none(), L({I(0), I(1), I(2)})}))) == "[1, 2]");
  CHECK(R(list_of(make(filter_type, {len, L({S(""), S("x")})}))) == "['x']");
  CHECK(error_of([&] { make(filter_type, {I(1)}); }) ==
        "TypeError: filter expected 2 arguments, got 1");
  CHECK(error_of([&] {
          make(filter_type, {}, {{"x", I(1)}});
        }) == "TypeError: filter() takes no keyword arguments");

  CHECK(R(list_of(make(reversed_type, {T({I(1), I(2)})}))) == "[2, 1]");
  CHECK(R(list_of(make(reversed_type, {S("abc")}))) == "['c', 'b', 'a']");
  CHECK(type_name(make(reversed_type, {S("abc")})) == "reversed");
  CHECK(error_of([&] { make(reversed_type, {I(1)}); }) ==
        "TypeError: 'int' object is not reversible");
  CHECK(error_of([&] { make(reversed_type, {type_call(set_type)}); }) ==
        "TypeError: 'set' object is not reversible");
  CHECK(error_of([&] { make(reversed_type, {}); }) ==
        "TypeError: reversed expected 1 argument, got 0");
  CHECK(error_of([&] {
          make(reversed_type, {L()}, {{"x", I(1)}});
        }) == "TypeError: reversed() takes no keyword arguments");

  Value seq_it = make_sequence_iterator(S("xy"));
  CHECK(type_name(seq_it) == "iterator");
  CHECK(R(list_of(seq_it)) == "['x', 'y']");
}

TEST_CASE("iterator type names") {
  ensure_runtime();
  CHECK(type_name(get_iter(L())) == "list_iterator");
  CHECK(type_name(get_iter(T())) == "tuple_iterator");
  CHECK(type_name(get_iter(type_call(dict_type))) == "dict_keyiterator");
  CHECK(type_name(get_iter(meth(type_call(dict_type), "values"))) == "dict_valueiterator");
  CHECK(type_name(get_iter(type_call(set_type))) == "set_iterator");
  CHECK(type_name(get_iter(type_call(range_type, {I(3)}))) == "range_iterator");
  CHECK(type_name(meth(type_call(dict_type), "keys")) == "dict_keys");
  CHECK(R(repr(Value(type_of(get_iter(L()))))) == "\"<class 'list_iterator'>\"");
}

}  // namespace gilt
