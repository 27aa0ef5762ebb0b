// The eval breaker's handler: what the eval loop runs at a safe point when a bit of
// ThreadState::eval_breaker is set (eval_breaker.hpp), in CPython's _Py_HandlePending order.
#include "runtime/eval_breaker.hpp"

#include "runtime/gil.hpp"
#include "runtime/signals.hpp"

namespace gilt {

void handle_eval_breaker(ThreadState* ts) {
  uint32_t bits = ts->eval_breaker.load(std::memory_order_relaxed);
  // Signal handlers run in the main thread only; one that raises propagates from here.
  if ((bits & kBreakSignals) && ts->is_main) run_pending_signals();
  // Another thread waits for the GIL: let it run, then carry on.
  if (bits & kBreakGilDropRequest) the_gil().yield(ts);
}

}  // namespace gilt
