// Iteration builtins: len, iter (with the callable/sentinel form), next, all, any, sorted.
#include "modules/builtins_parts.hpp"
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace {

// iter(callable, sentinel): calls `callable` until it returns `sentinel`.
struct CallableIteratorObject : Object {
  Value callable;  // Null once exhausted
  Value sentinel;
  CallableIteratorObject(TypeObject* type, Value c, Value s)
      : Object(type), callable(std::move(c)), sentinel(std::move(s)) {}
};

TypeObject* callable_iterator_type = nullptr;

Value callable_iterator_iter(const Value& self) {
  return self;
}

bool callable_iterator_next(const Value& self, Value& out) {
  auto* it = self.as<CallableIteratorObject>();
  if (it->callable.is_null()) return false;
  Value result;
  try {
    result = call(it->callable, {});
  } catch (const PyException& e) {
    if (!is_instance(e.exc, exc_StopIteration)) throw;
    it->callable = Value();  // a StopIteration from the callable ends the iteration too
    return false;
  }
  if (equals(result, it->sentinel)) {
    it->callable = Value();
    return false;
  }
  out = std::move(result);
  return true;
}

TypeObject* get_callable_iterator_type() {
  if (!callable_iterator_type) {
    callable_iterator_type = new TypeObject("callable_iterator", object_type);
    ++callable_iterator_type->refcnt;  // immortal, like the built-in types
    callable_iterator_type->iter = callable_iterator_iter;
    callable_iterator_type->next = callable_iterator_next;
  }
  return callable_iterator_type;
}

}  // namespace

Value builtin_len(const CallArgs& a) {
  no_kwargs(a, "len");
  exact_args(a, "len", 1);
  return Value::integer(length(a[0]));
}

Value builtin_iter(const CallArgs& a) {
  no_kwargs(a, "iter");
  count_args(a, "iter", 1, 2);
  if (a.nargs == 1) return get_iter(a[0]);
  if (!is_callable(a[0])) raise_type_error("iter(v, w): v must be callable");
  return Value(new CallableIteratorObject(get_callable_iterator_type(), a[0], a[1]));
}

Value builtin_next(const CallArgs& a) {
  no_kwargs(a, "next");
  count_args(a, "next", 1, 2);
  TypeObject* t = type_of(a[0]);
  if (!t->next) raise_type_error(cat("'", t->name, "' object is not an iterator"));
  Value item;
  if (t->next(a[0], item)) return item;
  if (a.nargs == 2) return a[1];
  raise_stop_iteration();
}

Value builtin_all(const CallArgs& a) {
  no_kwargs(a, "all");
  exact_args(a, "all", 1);
  Value it = get_iter(a[0]);
  Value item;
  while (iter_next(it, item)) {
    if (!truthy(item)) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value builtin_any(const CallArgs& a) {
  no_kwargs(a, "any");
  exact_args(a, "any", 1);
  Value it = get_iter(a[0]);
  Value item;
  while (iter_next(it, item)) {
    if (truthy(item)) return Value::boolean(true);
  }
  return Value::boolean(false);
}

// sorted(iterable, /, *, key=None, reverse=False); keyword errors name "sort()", as CPython's.
Value builtin_sorted(const CallArgs& a) {
  count_args(a, "sorted", 1, 1);
  Value options[2];  // key, reverse
  if (a.nkw) {
    bind_args(CallArgs{a.args + a.nargs, 0, a.kwnames, a.nkw}, "sort", {"key", "reverse"}, 0, 0, 2,
              options);
  }
  Value key = options[0].is_none() ? Value() : options[0];
  bool reverse = !options[1].is_null() && index_to_int64(options[1]) != 0;
  std::vector<Value> items = to_vector(a[0]);
  sort_values(items, key, reverse);
  return Value(new_list(std::move(items)));
}

}  // namespace gilt
