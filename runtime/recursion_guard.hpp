// RecursionGuard: CPython's Py_EnterRecursiveCall for natives that recurse through the generic
// protocol (repr of nested lists, == of nested lists). Each level counts against the thread's
// recursion limit, shared with the VM's frames, so a deep structure raises RecursionError
// instead of overflowing the C++ stack.
#pragma once

#include "runtime/runtime.hpp"
#include "runtime/thread_state.hpp"

namespace gilt {

class RecursionGuard {
 public:
  // `where` completes the message: " while getting the repr of an object", " in comparison".
  explicit RecursionGuard(const char* where) : ts_(current_thread()) {
    if (ts_->recursion_depth >= runtime->recursion_limit || stack_exhausted(ts_))
      raise_too_deep(where);
    ++ts_->recursion_depth;
  }
  ~RecursionGuard() { --ts_->recursion_depth; }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;

  // True when the C++ stack of `ts`'s thread is within its safety margin (thread_state.cpp
  // measures it), for recursions the recursion limit does not count.
  static bool stack_exhausted(const ThreadState* ts) {
    return ts->stack_limit != 0 &&
           reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < ts->stack_limit;
  }
  [[noreturn]] static void raise_too_deep(const char* where);

 private:
  ThreadState* ts_;
};

}  // namespace gilt
