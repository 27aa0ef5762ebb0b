#include "runtime/signals.hpp"

#include <atomic>
#include <csignal>

#include "runtime/errors.hpp"
#include "runtime/eval_breaker.hpp"
#include "runtime/thread_state.hpp"

namespace gilt {

namespace {

std::atomic<bool> tripped[kSignalCount];
std::atomic<bool> any_tripped{false};

}  // namespace

void trip_signal(int signum) {
  if (signum <= 0 || signum >= kSignalCount) return;
  tripped[signum].store(true, std::memory_order_relaxed);
  any_tripped.store(true, std::memory_order_release);
  if (ThreadState* main = init_main_thread())
    main->eval_breaker.fetch_or(kBreakSignals, std::memory_order_release);
}

void run_pending_signals() {
  ThreadState* ts = current_thread();
  if (!ts || !ts->is_main) return;
  ts->eval_breaker.fetch_and(~uint32_t{kBreakSignals}, std::memory_order_relaxed);
  if (!any_tripped.exchange(false, std::memory_order_acquire)) return;
  for (int sig = 1; sig < kSignalCount; ++sig) {
    if (!tripped[sig].exchange(false, std::memory_order_relaxed)) continue;
    if (sig != SIGINT) continue;  // no Python handlers yet
    // A handler that raises leaves the later signals for the next check, as CPython does.
    for (int later = sig + 1; later < kSignalCount; ++later) {
      if (tripped[later].load(std::memory_order_relaxed)) {
        any_tripped.store(true, std::memory_order_relaxed);
        ts->eval_breaker.fetch_or(kBreakSignals, std::memory_order_relaxed);
        break;
      }
    }
    raise(exc_KeyboardInterrupt, "");  // signal.default_int_handler
  }
}

}  // namespace gilt
