// The builtin iterator types enumerate, zip, map, filter and reversed (called as types, with
// CPython's argument checking), plus "iterator", which iter() makes for objects that have
// __getitem__ but no __iter__.
#include "runtime/iterators.hpp"

#include "runtime/attributes.hpp"
#include "runtime/container_util.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

using namespace containers;  // NOLINT(google-build-using-namespace): this area's helpers

TypeObject* enumerate_type = nullptr;
TypeObject* zip_type = nullptr;
TypeObject* map_type = nullptr;
TypeObject* filter_type = nullptr;
TypeObject* reversed_type = nullptr;

namespace {

TypeObject* sequence_iterator_type = nullptr;

// The result tuple of the previous step, refilled when the consumer has already dropped it
// (CPython's enumerate and zip do the same): `for i, x in enumerate(xs)` allocates once.
TupleObject* reusable_tuple(Ref<TupleObject>& last, size_t n) {
  if (last && last->refcnt == 1 && last->items.size() == n) {
    last->hash = -1;
    return last.get();
  }
  last = make<TupleObject>(std::vector<Value>(n));
  return last.get();
}

bool is_exhaustion(const PyException& e) {
  return is_instance(e.exc, exc_IndexError) || is_instance(e.exc, exc_StopIteration);
}

// --- enumerate ---

struct EnumerateObject : Object {
  Value it;
  int64_t index;
  Value big_index;  // used once the count leaves int64 (or starts outside it)
  Ref<TupleObject> result;
  EnumerateObject(TypeObject* t, Value i, int64_t start)
      : Object(t), it(std::move(i)), index(start) {}
};

Value enumerate_new(TypeObject* type, const CallArgs& a) {
  Value args[2];
  bind_args(a, "enumerate", {"iterable", "start"}, 0, 0, args);
  if (args[0].is_null()) raise_type_error("enumerate() missing required argument 'iterable'");
  Value it = get_iter(args[0]);
  auto* e = new EnumerateObject(type, std::move(it), 0);
  Value result(e);
  if (!args[1].is_null()) {
    const Value& start = args[1];
    if (start.is_int() || start.is_bool()) {
      e->index = start.as_int();
    } else if (is_bigint(start)) {
      e->big_index = start;
    } else {
      raise_type_error(cat("'", type_name(start), "' object cannot be interpreted as an integer"));
    }
  }
  return result;
}

bool enumerate_next(const Value& self, Value& out) {
  auto* e = self.as<EnumerateObject>();
  Value item;
  if (!iter_next(e->it, item)) return false;
  Value index;
  if (e->big_index.is_null() && e->index != INT64_MAX) {
    index = Value::integer(e->index++);
  } else {
    if (e->big_index.is_null()) e->big_index = Value::integer(e->index);
    index = e->big_index;
    e->big_index = binary_op(BinOp::Add, e->big_index, Value::integer(1));
  }
  TupleObject* t = reusable_tuple(e->result, 2);
  t->items[0] = std::move(index);
  t->items[1] = std::move(item);
  out = Value(t);
  return true;
}

// --- zip ---

struct ZipObject : Object {
  std::vector<Value> iters;
  bool strict = false;
  Ref<TupleObject> result;
  explicit ZipObject(TypeObject* t) : Object(t) {}
};

Value zip_new(TypeObject* type, const CallArgs& a) {
  auto* z = new ZipObject(type);
  Value result(z);
  for (size_t i = 0; i < a.nkw; ++i) {
    if (a.kwname(i)->view() != "strict")
      raise_type_error(cat("'", a.kwname(i)->view(), "' is an invalid keyword argument for zip()"));
    z->strict = truthy(a.kwvalue(i));
  }
  z->iters.reserve(a.nargs);
  for (size_t i = 0; i < a.nargs; ++i)
    z->iters.push_back(get_iter(a[i]));
  return result;
}

[[noreturn]] void zip_length_error(size_t i, const char* relation) {
  // "zip() argument 2 is shorter than argument 1" / "... than arguments 1-2"
  raise_value_error(
      cat("zip() argument ", i + 1, " is ", relation, " than argument", i == 1 ? " " : "s 1-", i));
}

bool zip_next(const Value& self, Value& out) {
  auto* z = self.as<ZipObject>();
  const size_t n = z->iters.size();
  if (n == 0) return false;
  TupleObject* t = reusable_tuple(z->result, n);
  Ref<TupleObject> keep(t);  // a callback may drop z->result
  for (size_t i = 0; i < n; ++i) {
    Value item;
    if (!iter_next(z->iters[i], item)) {
      if (!z->strict) return false;
      if (i) zip_length_error(i, "shorter");
      for (size_t j = 1; j < n; ++j) {
        Value extra;
        if (iter_next(z->iters[j], extra)) zip_length_error(j, "longer");
      }
      return false;
    }
    t->items[i] = std::move(item);
  }
  out = Value(t);
  return true;
}

// --- map ---

struct MapObject : Object {
  Value func;
  std::vector<Value> iters;
  explicit MapObject(TypeObject* t) : Object(t) {}
};

Value map_new(TypeObject* type, const CallArgs& a) {
  no_kwargs(a, "map");
  if (a.nargs < 2) raise_type_error("map() must have at least two arguments.");
  auto* m = new MapObject(type);
  Value result(m);
  m->func = a[0];
  m->iters.reserve(a.nargs - 1);
  for (size_t i = 1; i < a.nargs; ++i)
    m->iters.push_back(get_iter(a[i]));
  return result;
}

bool map_next(const Value& self, Value& out) {
  auto* m = self.as<MapObject>();
  Value func = m->func;
  if (m->iters.size() == 1) {
    Value arg;
    if (!iter_next(m->iters[0], arg)) return false;
    out = call(func, CallArgs{&arg, 1, nullptr, 0});
    return true;
  }
  std::vector<Value> args(m->iters.size());
  for (size_t i = 0; i < args.size(); ++i)
    if (!iter_next(m->iters[i], args[i])) return false;
  out = call(func, CallArgs{args.data(), args.size(), nullptr, 0});
  return true;
}

// --- filter ---

struct FilterObject : Object {
  Value func;  // None or bool: the items' own truth
  Value it;
  explicit FilterObject(TypeObject* t) : Object(t) {}
};

Value filter_new(TypeObject* type, const CallArgs& a) {
  no_kwargs(a, "filter");
  count_args(a, "filter", 2, 2);
  auto* f = new FilterObject(type);
  Value result(f);
  f->func = a[0];
  f->it = get_iter(a[1]);
  return result;
}

bool filter_next(const Value& self, Value& out) {
  auto* f = self.as<FilterObject>();
  const bool plain = f->func.is_none() || (f->func.is_obj() && f->func.as_obj() == bool_type);
  Value item;
  while (iter_next(f->it, item)) {
    bool keep = plain ? truthy(item) : truthy(call(f->func, {item}));
    if (keep) {
      out = std::move(item);
      return true;
    }
  }
  return false;
}

// --- reversed ---

struct ReversedObject : Object {
  Value seq;  // Null once exhausted
  int64_t index;
  ReversedObject(TypeObject* t, Value s, int64_t i) : Object(t), seq(std::move(s)), index(i) {}
};

Value reversed_new(TypeObject* type, const CallArgs& a) {
  no_kwargs(a, "reversed");
  count_args(a, "reversed", 1, 1);
  const Value& seq = a[0];
  static StrObject* const reversed_name = intern("__reversed__");
  TypeObject* t = type_of(seq);
  Value rev = t->lookup(reversed_name);
  if (!rev.is_null()) {
    if (rev.is_none()) raise_type_error(cat("'", t->name, "' object is not reversible"));
    TypeObject* rt = type_of(rev);
    if (rt == builtin_function_type || rt == function_type) return call(rev, {seq});
    return call(bind_attribute(rev, seq), {});
  }
  // The sequence protocol: __getitem__ and __len__, and not a mapping.
  if (!t->getitem || t->is_subtype_of(dict_type))
    raise_type_error(cat("'", t->name, "' object is not reversible"));
  const int64_t n = length(seq);
  return Value(new ReversedObject(type, seq, n - 1));
}

bool reversed_next(const Value& self, Value& out) {
  auto* r = self.as<ReversedObject>();
  if (r->seq.is_null()) return false;
  if (r->index >= 0) {
    try {
      out = get_item(r->seq, Value::integer(r->index));
      --r->index;
      return true;
    } catch (PyException& e) {
      if (!is_exhaustion(e)) throw;
    }
  }
  r->index = -1;
  r->seq = Value();
  return false;
}

Value reversed_length_hint(const CallArgs& a) {
  if (a.nargs == 0 || !is_instance(a[0], reversed_type))
    raise_type_error("descriptor '__length_hint__' requires a 'reversed' object");
  auto* r = a[0].as<ReversedObject>();
  if (r->seq.is_null()) return Value::integer(0);
  const int64_t size = length(r->seq);
  const int64_t position = r->index + 1;
  return Value::integer(size < position ? 0 : position);
}

// --- iter(seq) over __getitem__ ---

struct SequenceIterObject : Object {
  Value seq;  // Null once exhausted
  int64_t index = 0;
  explicit SequenceIterObject(Value s) : Object(sequence_iterator_type), seq(std::move(s)) {}
};

bool sequence_iter_next(const Value& self, Value& out) {
  auto* it = self.as<SequenceIterObject>();
  if (it->seq.is_null()) return false;
  try {
    out = get_item(it->seq, Value::integer(it->index));
  } catch (PyException& e) {
    if (!is_exhaustion(e)) throw;
    it->seq = Value();
    return false;
  }
  ++it->index;
  return true;
}

TypeObject* make_builtin_iterator(const char* name, NextSlot next, NewSlot new_slot,
                                  const char* doc) {
  TypeObject* t = new_iterator_type(name, next);
  t->flags |= kTypeBaseType;  // CPython lets classes derive from these
  t->new_ = new_slot;
  t->doc = doc;
  return t;
}

}  // namespace

Value make_sequence_iterator(const Value& seq) {
  return Value(new SequenceIterObject(seq));
}

void containers::init_iterator_types() {
  enumerate_type = make_builtin_iterator(
      "enumerate", enumerate_next, enumerate_new,
      "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe "
      "enumerate object yields pairs containing a count (from start, which\ndefaults to zero) "
      "and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an "
      "indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...");
  zip_type = make_builtin_iterator(
      "zip", zip_next, zip_new,
      "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.");
  map_type = make_builtin_iterator(
      "map", map_next, map_new,
      "map(func, *iterables) --> map object\n\nMake an iterator that computes the function "
      "using arguments from\neach of the iterables.  Stops when the shortest iterable is "
      "exhausted.");
  filter_type = make_builtin_iterator(
      "filter", filter_next, filter_new,
      "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding "
      "those items of iterable for which function(item)\nis true. If function is None, return "
      "the items that are true.");
  reversed_type = make_builtin_iterator("reversed", reversed_next, reversed_new,
                                        "Return a reverse iterator over the values of the given "
                                        "sequence.");
  add_method(reversed_type, "__length_hint__", reversed_length_hint,
             "Private method returning an estimate of len(list(it)).");
  sequence_iterator_type = new_iterator_type("iterator", sequence_iter_next);
}

}  // namespace gilt
