// ThreadState: what each OS thread running Python code owns. The VM keeps its frame stack here;
// builtins read the handled exception (bare `raise`, __context__) and the recursion depth.
#pragma once

#include <cstdint>

#include "runtime/value.hpp"

namespace gilt {

struct Frame;

struct ThreadState {
  Value handled_exc;        // the exception being handled (sys.exc_info()[1]); Null = none
  int recursion_depth = 0;  // Python frames + nested native→Python calls on this thread
  Frame* frame = nullptr;   // the innermost running frame (VM-private layout)
  bool is_main = false;
  // The VM may add members (frame arena, eval-breaker bits); keep this header small.
};

ThreadState* current_thread();  // this OS thread's state (thread_local)
void set_current_thread(ThreadState* ts);

}  // namespace gilt
