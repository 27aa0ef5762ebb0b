// _thread as CPython 3.11 has it (Modules/_threadmodule.c), with its argument checks in
// CPython's order and its messages (../shared/design/thread-semantics.md §1).
#include "modules/thread_module.hpp"

#include <csignal>

#include "modules/thread_lock.hpp"
#include "runtime/api.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/signals.hpp"
#include "runtime/str.hpp"
#include "runtime/threads.hpp"

namespace gilt {

namespace {

Value start_new_thread(const CallArgs& a) {
  no_kwargs(a, "start_new_thread");
  count_args(a, "start_new_thread", 2, 3);
  if (!is_callable(a[0])) raise_type_error("first arg must be callable");
  if (!is_tuple(a[1])) raise_type_error("2nd arg must be a tuple");
  Ref<DictObject> kwargs;
  if (a.nargs > 2) {
    if (!is_dict(a[2])) raise_type_error("optional 3rd arg must be a dictionary");
    kwargs = Ref<DictObject>::from(a[2]);
  }
  return ident_value(start_thread(a[0], Ref<TupleObject>::from(a[1]), kwargs));
}

Value allocate_lock(const CallArgs& a) {
  exact_args(a, "_thread.allocate_lock", 0);
  return new_lock();
}

Value thread_exit(const CallArgs& a) {
  exact_args(a, "_thread.exit", 0);
  throw PyException{new_exception(exc_SystemExit, "")};
}

Value get_ident(const CallArgs& a) {
  exact_args(a, "_thread.get_ident", 0);
  return ident_value(current_thread_ident());
}

Value get_native_id(const CallArgs& a) {
  exact_args(a, "_thread.get_native_id", 0);
  return ident_value(current_native_id());
}

Value thread_count(const CallArgs& a) {
  exact_args(a, "_thread._count", 0);
  return Value::integer(running_thread_count());
}

// stack_size([size]): returns the old setting and stores the new one (0 when not given).
Value stack_size(const CallArgs& a) {
  no_kwargs(a, "stack_size");
  if (a.nargs > 1)
    raise_type_error(cat("stack_size() takes at most 1 argument (", a.nargs, " given)"));
  int64_t size = 0;
  if (a.nargs == 1) {
    if (is_bigint(a[0])) raise(exc_OverflowError, "Python int too large to convert to C ssize_t");
    size = index_to_int64(a[0]);
  }
  if (size < 0) raise(exc_ValueError, "size must be 0 or a positive value");
  if (size != 0 && size < 32768) raise(exc_ValueError, cat("size not valid: ", size, " bytes"));
  size_t old = thread_stack_size();
  set_thread_stack_size(static_cast<size_t>(size));
  return Value::integer(static_cast<int64_t>(old));
}

// interrupt_main(signum=SIGINT, /): trips the signal as if the OS had delivered it; the main
// thread handles it at its next check point.
Value interrupt_main(const CallArgs& a) {
  no_kwargs(a, "interrupt_main");
  if (a.nargs > 1) raise_type_error(cat("signum() takes at most 1 argument (", a.nargs, " given)"));
  int64_t signum = SIGINT;
  if (a.nargs == 1) {
    if (is_bigint(a[0])) raise(exc_OverflowError, "Python int too large to convert to C long");
    signum = index_to_int64(a[0]);
    if (signum > INT32_MAX) raise(exc_OverflowError, "signed integer is greater than maximum");
    if (signum < INT32_MIN) raise(exc_OverflowError, "signed integer is less than minimum");
  }
  if (signum < 1 || signum >= kSignalCount) raise(exc_ValueError, "signal number out of range");
  trip_signal(static_cast<int>(signum));
  return Value::none();
}

}  // namespace

Ref<ModuleObject> init_thread_module() {
  init_lock_types();
  auto m = make<ModuleObject>("_thread");
  DictObject* d = m->dict.get();
  d->set("__doc__", make_str("This module provides primitive operations to write multi-threaded "
                             "programs.\nThe 'threading' module provides a more convenient "
                             "interface."));
  const char* start_doc =
      "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\n"
      "Start a new thread and return its identifier.";
  add_function(d, "start_new_thread", start_new_thread, start_doc);
  add_function(d, "start_new", start_new_thread, start_doc);
  const char* lock_doc =
      "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\n"
      "Create a new lock object.";
  add_function(d, "allocate_lock", allocate_lock, lock_doc);
  add_function(d, "allocate", allocate_lock, lock_doc);
  const char* exit_doc =
      "exit()\n(exit_thread() is an obsolete synonym)\n\n"
      "This is synonymous to ``raise SystemExit''.";
  add_function(d, "exit", thread_exit, exit_doc);
  add_function(d, "exit_thread", thread_exit, exit_doc);
  add_function(d, "get_ident", get_ident,
               "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies "
               "the current thread\namongst other threads that exist simultaneously.");
  add_function(d, "get_native_id", get_native_id,
               "get_native_id() -> integer\n\nReturn a non-negative integer identifying the "
               "thread as reported\nby the OS (kernel).");
  add_function(d, "_count", thread_count,
               "_count() -> integer\n\nReturn the number of currently running Python threads, "
               "excluding\nthe main thread.");
  add_function(d, "stack_size", stack_size,
               "stack_size([size]) -> size\n\nReturn the thread stack size used when creating "
               "new threads.");
  add_function(d, "interrupt_main", interrupt_main,
               "interrupt_main(signum=signal.SIGINT, /)\n\nSimulate the arrival of the given "
               "signal in the main thread.");
  d->set("LockType", Value(lock_type));
  d->set("RLock", Value(rlock_type));
  d->set("error", Value(exc_RuntimeError));
  // (2**63 - 1) ns in whole seconds, as CPython's PY_TIMEOUT_MAX / 1e6.
  d->set("TIMEOUT_MAX", Value::floating(9223372036.0));
  return m;
}

}  // namespace gilt
