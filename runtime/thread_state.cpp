// Thread states: the thread_local binding, the main thread's state, and the measurement of each
// thread's C++ stack that bounds nested eval loops (vm_call.cpp).
#include "runtime/thread_state.hpp"

#include <pthread.h>

#include <algorithm>

#include "runtime/frame.hpp"

namespace gilt {

namespace {

thread_local ThreadState* tls_current = nullptr;
ThreadState* main_state = nullptr;

// The lowest address nested eval loops may reach on the calling thread: the stack's bottom plus
// a margin for the natives, exception printing and handlers that run on the last levels.
// 0 when the stack cannot be measured (the nesting counter still bounds the depth).
uintptr_t measure_stack_limit() {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
  void* addr = nullptr;
  size_t size = 0;
  int rc = pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  if (rc != 0 || size == 0) return 0;
  size_t margin = std::min(std::max<size_t>(size / 8, 256 * 1024), size / 2);
  return reinterpret_cast<uintptr_t>(addr) + margin;
}

}  // namespace

ThreadState::ThreadState() : frames(new FrameArena()) {}

ThreadState::~ThreadState() {
  delete frames;
}

ThreadState* current_thread() {
  if (tls_current) return tls_current;
  return main_state ? nullptr : init_main_thread();
}

void set_current_thread(ThreadState* ts) {
  tls_current = ts;
  if (ts && ts->stack_limit == 0) ts->stack_limit = measure_stack_limit();
}

ThreadState* init_main_thread() {
  if (!main_state) {
    main_state = new ThreadState();
    main_state->is_main = true;
    set_current_thread(main_state);
  }
  return main_state;
}

}  // namespace gilt
