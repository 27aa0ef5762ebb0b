// What the eval loop does with an exception besides unwinding the block stack: implicit
// chaining (__context__), traceback entries, `raise X from Y`, and `except T` matching.
#include <algorithm>

#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/traceback.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt::vm {

namespace {

BaseExceptionObject* as_exception(const Value& v) {
  return is_exception(v) ? v.as<BaseExceptionObject>() : nullptr;
}

// `raise C` and `raise ... from C` instantiate a class with no arguments.
Value instantiate(const Value& cls) {
  return call(cls, std::initializer_list<Value>{});
}

}  // namespace

void chain_context(ThreadState* ts, const Value& exc, bool overwrite) {
  BaseExceptionObject* handled = as_exception(ts->handled_exc);
  BaseExceptionObject* e = as_exception(exc);
  if (!handled || !e || handled == e) return;
  if (!overwrite && !e->context.is_null()) return;
  // Avoid a new cycle through the context chain: if `exc` already appears in the handled
  // exception's chain, cut the chain there. A pre-existing cycle is detected with Floyd's
  // tortoise and hare and left alone, as CPython's _PyErr_SetObject does.
  BaseExceptionObject* o = handled;
  BaseExceptionObject* slow = handled;
  bool move_slow = false;
  while (BaseExceptionObject* context = as_exception(o->context)) {
    if (context == e) {
      o->context = Value();
      break;
    }
    o = context;
    if (o == slow) break;
    if (move_slow) slow = as_exception(slow->context);
    move_slow = !move_slow;
  }
  e->context = ts->handled_exc;
}

void chain_arriving(ThreadState* ts, const Value& exc) {
  if (!ts->unchained_exc.is_null()) {
    bool decided = ts->unchained_exc.is(exc);
    ts->unchained_exc = Value();
    if (decided) return;
  }
  chain_context(ts, exc, /*overwrite=*/false);
}

void add_traceback_entry(const Value& exc, CodeObject* code, int32_t instr) {
  if (BaseExceptionObject* e = as_exception(exc)) {
    // A safe point at a function's entry has no instruction before it: charge the first one.
    e->traceback.push_back(TracebackEntry{Ref<CodeObject>(code), std::max(instr, 0)});
  }
}

Value prepare_raise(const Value& exc, const Value* cause) {
  Value instance;
  if (is_exception_type(exc)) {
    instance = instantiate(exc);
    if (!is_exception(instance)) {
      raise_type_error(cat("calling ", repr_utf8(exc),
                           " should have returned an instance of BaseException, not ",
                           repr_utf8(Value(type_of(instance)))));
    }
  } else if (is_exception(exc)) {
    instance = exc;
  } else {
    raise_type_error("exceptions must derive from BaseException");
  }
  if (cause) {
    Value fixed_cause;
    if (is_exception_type(*cause)) {
      fixed_cause = instantiate(*cause);
    } else if (is_exception(*cause)) {
      fixed_cause = *cause;
    } else if (!cause->is_none()) {
      raise_type_error("exception causes must derive from BaseException");
    }
    BaseExceptionObject* e = instance.as<BaseExceptionObject>();
    e->cause = std::move(fixed_cause);
    e->suppress_context = true;
  }
  return instance;
}

bool exception_matches(const Value& exc, const Value& type) {
  auto check_valid = [](const Value& t) {
    if (!is_exception_type(t)) {
      raise_type_error("catching classes that do not inherit from BaseException is not allowed");
    }
  };
  if (is_tuple(type)) {
    const std::vector<Value>& items = type.as<TupleObject>()->items;
    for (const Value& t : items)
      check_valid(t);
    return std::any_of(items.begin(), items.end(),
                       [&](const Value& t) { return is_instance(exc, t.as<TypeObject>()); });
  }
  check_valid(type);
  return is_instance(exc, type.as<TypeObject>());
}

Value memory_error() {
  return new_exception_args(exc_MemoryError, Value(empty_tuple()));
}

Value system_error(const char* what) {
  return new_exception(exc_SystemError, cat("unexpected C++ exception: ", what));
}

Value traceback_value(const Value& exc) {
  BaseExceptionObject* e = as_exception(exc);
  return e ? traceback_of(e) : Value::none();
}

}  // namespace gilt::vm
