// Starting and running the threads of runtime/threads.hpp.
#include "runtime/threads.hpp"

#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <memory>

#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/thread_state.hpp"
#include "runtime/unraisable.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt {

namespace {

std::atomic<int64_t> running{0};
std::atomic<size_t> stack_size_setting{0};

// What the new thread needs; created and destroyed under the GIL.
struct Bootstrap {
  Value func;
  Ref<TupleObject> args;
  Ref<DictObject> kwargs;  // a copy: the callee's changes must not leak back (as CPython)
  ThreadState* ts;
};

void run_function(const Bootstrap& boot) {
  Value kwargs = boot.kwargs ? Value(boot.kwargs) : Value();
  vm::ExCallArgs call_args;
  vm::prepare_ex_call(boot.func, Value(boot.args), kwargs.is_null() ? nullptr : &kwargs, call_args);
  size_t nkw = call_args.kwnames ? call_args.kwnames->size() : 0;
  call(boot.func, CallArgs{call_args.values.data(), call_args.npos, call_args.kwnames.get(), nkw});
}

void* thread_main(void* raw) {
  std::unique_ptr<Bootstrap> boot(static_cast<Bootstrap*>(raw));
  ThreadState* ts = boot->ts;
  set_current_thread(ts);
  the_gil().take(ts);
  try {
    run_function(*boot);
  } catch (const PyException& e) {
    // SystemExit (sys.exit(), _thread.exit()) ends the thread silently.
    if (!is_instance(e.exc, exc_SystemExit))
      write_unraisable(e.exc, "Exception ignored in thread started by", boot->func);
  } catch (const std::bad_alloc&) {
    write_unraisable(new_exception(exc_MemoryError, ""), "Exception ignored in thread started by",
                     boot->func);
  }
  ts->handled_exc = Value();
  boot.reset();  // the function and its arguments die here, under the GIL
  running.fetch_sub(1, std::memory_order_relaxed);
  set_current_thread(nullptr);
  the_gil().drop(ts);
  delete ts;  // holds no objects any more
  return nullptr;
}

}  // namespace

uint64_t current_thread_ident() {
  return static_cast<uint64_t>(pthread_self());
}

Value ident_value(uint64_t id) {
  return id <= static_cast<uint64_t>(INT64_MAX) ? Value::integer(static_cast<int64_t>(id))
                                                : make_int(BigInt(id));
}

uint64_t current_native_id() {
  return static_cast<uint64_t>(syscall(SYS_gettid));
}

uint64_t start_thread(const Value& func, const Ref<TupleObject>& args,
                      const Ref<DictObject>& kwargs) {
  auto boot = std::make_unique<Bootstrap>();
  boot->func = func;
  boot->args = args;
  if (kwargs) {
    boot->kwargs = new_dict();
    kwargs->each([&](const Value& k, const Value& v) { boot->kwargs->set(k, v); });
  }
  boot->ts = new ThreadState();
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  size_t stack = stack_size_setting.load(std::memory_order_relaxed);
  bool ok = stack == 0 || pthread_attr_setstacksize(&attr, stack) == 0;
  pthread_t thread;
  running.fetch_add(1, std::memory_order_relaxed);
  ok = ok && pthread_create(&thread, &attr, thread_main, boot.get()) == 0;
  pthread_attr_destroy(&attr);
  if (!ok) {
    running.fetch_sub(1, std::memory_order_relaxed);
    delete boot->ts;
    raise(exc_RuntimeError, "can't start new thread");
  }
  boot.release();  // the thread owns it now
  return static_cast<uint64_t>(thread);
}

int64_t running_thread_count() {
  return running.load(std::memory_order_relaxed);
}

size_t thread_stack_size() {
  return stack_size_setting.load(std::memory_order_relaxed);
}

void set_thread_stack_size(size_t bytes) {
  stack_size_setting.store(bytes, std::memory_order_relaxed);
}

}  // namespace gilt
