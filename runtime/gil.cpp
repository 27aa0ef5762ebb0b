// The GIL: CPython's take_gil/drop_gil algorithm (gil.hpp) on std::mutex and condition
// variables.
#include "runtime/gil.hpp"

#include <chrono>

#include "runtime/eval_breaker.hpp"
#include "runtime/thread_state.hpp"

namespace gilt {

Gil& the_gil() {
  static Gil* gil = new Gil();  // never destroyed: threads may still wait on it at exit
  return *gil;
}

void Gil::request_drop(ThreadState* holder) {
  drop_requested_.store(true, std::memory_order_relaxed);
  if (holder) holder->eval_breaker.fetch_or(kBreakGilDropRequest, std::memory_order_relaxed);
}

void Gil::take(ThreadState* ts) {
  std::unique_lock<std::mutex> lock(mutex_);
  while (locked_.load(std::memory_order_relaxed)) {
    uint64_t seen = switch_number_.load(std::memory_order_relaxed);
    // At least a microsecond, as CPython: an interval of 0.0 still lets the holder run.
    auto interval = std::chrono::microseconds(std::max<int64_t>(1, interval_us()));
    bool timed_out = cond_.wait_for(lock, interval) == std::cv_status::timeout;
    // Ask only if nobody got the GIL meanwhile: the holder has had a whole interval.
    if (timed_out && locked_.load(std::memory_order_relaxed) &&
        switch_number_.load(std::memory_order_relaxed) == seen) {
      request_drop(last_holder_.load(std::memory_order_relaxed));
    }
  }
  {
    std::lock_guard<std::mutex> switching(switch_mutex_);
    locked_.store(true, std::memory_order_release);
    if (last_holder_.load(std::memory_order_relaxed) != ts) {
      last_holder_.store(ts, std::memory_order_relaxed);
      switch_number_.fetch_add(1, std::memory_order_relaxed);
    }
    switch_cond_.notify_all();
  }
  // A request made of this thread while it waited is stale now; one made of a previous holder
  // is answered by this take.
  drop_requested_.store(false, std::memory_order_relaxed);
  ts->eval_breaker.fetch_and(~uint32_t{kBreakGilDropRequest}, std::memory_order_relaxed);
}

void Gil::drop(ThreadState* ts) {
  {
    std::lock_guard<std::mutex> guard(mutex_);
    locked_.store(false, std::memory_order_release);
    cond_.notify_one();
  }
  if (!drop_requested_.load(std::memory_order_relaxed)) return;
  // Forced switching: do not come back before the thread that asked has run.
  std::unique_lock<std::mutex> switching(switch_mutex_);
  if (last_holder_.load(std::memory_order_relaxed) == ts) {
    drop_requested_.store(false, std::memory_order_relaxed);
    // One wait, as CPython: a spurious wake-up costs one early retake, never a hang if the
    // thread that asked has gone.
    switch_cond_.wait(switching);
  }
}

void Gil::yield(ThreadState* ts) {
  ts->eval_breaker.fetch_and(~uint32_t{kBreakGilDropRequest}, std::memory_order_relaxed);
  drop(ts);
  take(ts);
}

}  // namespace gilt
