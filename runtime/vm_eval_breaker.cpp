// The eval breaker's handler: what the eval loop runs at a safe point when a bit of
// ThreadState::eval_breaker is set (eval_breaker.hpp).
#include "runtime/eval_breaker.hpp"

namespace gilt {

void handle_eval_breaker(ThreadState* ts) {
  // Nothing sets a bit yet. Later issues run here, in CPython's _Py_HandlePending order:
  // signal handlers (main thread only), pending calls, a GIL drop request (drop and retake the
  // GIL, the frame already synced), then an asynchronous exception (raise it).
  (void)ts;
}

}  // namespace gilt
