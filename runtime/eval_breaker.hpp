// The eval breaker: one word per thread that asks the running eval loop to stop at its next
// safe point (a backward jump, a Python function's entry, the return of a native call) and run
// handle_eval_breaker(). The loop pays one relaxed load at those points and nothing else.
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/thread_state.hpp"

namespace gilt {

// Bits of ThreadState::eval_breaker; later issues set them (CPython's COMPUTE_EVAL_BREAKER).
enum EvalBreakerBit : uint32_t {
  kBreakGilDropRequest = 1u << 0,  // another thread waits for the GIL
  kBreakSignals = 1u << 1,         // a signal was tripped (main thread only)
  kBreakPendingCalls = 1u << 2,    // Py_AddPendingCall-style work
  kBreakAsyncExc = 1u << 3,        // an asynchronous exception was posted to this thread
};

inline bool eval_breaker_requested(const ThreadState* ts) {
  return ts->eval_breaker.load(std::memory_order_relaxed) != 0;
}

// Runs what the set bits ask for, in CPython's order (signals, pending calls, GIL drop and
// retake, async exception). The frame must be synced: this may drop the GIL or raise.
void handle_eval_breaker(ThreadState* ts);

}  // namespace gilt
