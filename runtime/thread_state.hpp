// ThreadState: what each OS thread running Python code owns. The VM keeps its frame stack here;
// builtins read the handled exception (bare `raise`, __context__) and the recursion depth.
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/value.hpp"

namespace gilt {

struct Frame;
class FrameArena;

struct ThreadState {
  Value handled_exc;        // the exception being handled (sys.exc_info()[1]); Null = none
  int recursion_depth = 0;  // Python frames + nested native→Python calls on this thread
  Frame* frame = nullptr;   // the innermost running frame (VM-private layout)
  bool is_main = false;
  // The VM may add members (frame arena, eval-breaker bits); keep this header small.

  // Bits of eval_breaker.hpp's EvalBreakerBit; any other thread (or a signal handler) may set
  // them, the owning thread polls them with one relaxed load.
  std::atomic<uint32_t> eval_breaker{0};
  FrameArena* frames;         // storage for this thread's frames (frame.hpp)
  int nested_loops = 0;       // eval loops on this thread's C++ stack
  uintptr_t stack_limit = 0;  // nested eval loops stop (RecursionError) below this address
  // An exception leaving a generator resumed by a native, whose context the generator already
  // decided (CPython chains when raising, not when propagating): the eval loop that catches it
  // next must not chain it again (vm::chain_arriving).
  Value unchained_exc;

  ThreadState();  // allocates the frame arena; any thread may construct one
  ~ThreadState();
  ThreadState(const ThreadState&) = delete;
  ThreadState& operator=(const ThreadState&) = delete;
};

ThreadState* current_thread();  // this OS thread's state (thread_local)
// Binds `ts` to the calling OS thread (and measures that thread's C++ stack for the nested-loop
// guard). Call it on the thread that will run Python code with `ts`.
void set_current_thread(ThreadState* ts);

// The main thread's state, created and bound on first use (init_runtime calls this; so does
// current_thread() if nothing was bound yet). Idempotent.
ThreadState* init_main_thread();

}  // namespace gilt
