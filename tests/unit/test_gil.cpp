// The GIL (runtime/gil.hpp): exclusion, drop requests after the switch interval, forced
// switching, and AllowThreads.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "runtime/clock.hpp"
#include "runtime/eval_breaker.hpp"
#include "runtime/gil.hpp"
#include "runtime/thread_state.hpp"

namespace gilt {
namespace {

constexpr int64_t kMs = 1'000'000;

// What the eval loop does at a check point, reduced to the GIL step.
void check_point(Gil& gil, ThreadState* ts) {
  if (ts->eval_breaker.load(std::memory_order_relaxed) & kBreakGilDropRequest) gil.yield(ts);
}

TEST_CASE("gil: one holder at a time, and held_by says which") {
  Gil gil;
  ThreadState a, b;
  gil.take(&a);
  CHECK(gil.held_by(&a));
  CHECK_FALSE(gil.held_by(&b));
  std::atomic<bool> b_has_it{false};
  std::thread other([&] {
    gil.take(&b);
    b_has_it = true;
    gil.drop(&b);
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  CHECK_FALSE(b_has_it.load());                                // `a` never reached a check point
  CHECK((a.eval_breaker.load() & kBreakGilDropRequest) != 0);  // but it was asked to
  gil.drop(&a);
  other.join();
  CHECK(b_has_it.load());
  CHECK_FALSE(gil.held_by(&a));
}

TEST_CASE("gil: a waiter asks the spinning holder after about one interval") {
  Gil gil;
  gil.set_interval_us(2000);
  ThreadState holder, waiter;
  gil.take(&holder);
  std::atomic<int64_t> asked_at{0};
  int64_t start = monotonic_ns();
  std::thread t([&] {
    gil.take(&waiter);
    gil.drop(&waiter);
  });
  while (!(holder.eval_breaker.load() & kBreakGilDropRequest)) {
    if (monotonic_ns() - start > 5000 * kMs) break;
  }
  asked_at = monotonic_ns() - start;
  uint64_t before = gil.switches();
  check_point(gil, &holder);  // drops, waits for the waiter to run, takes it back
  CHECK(gil.switches() >= before + 2);
  gil.drop(&holder);
  t.join();
  // Generous bounds: the request comes after the interval, and well before 2 seconds.
  CHECK(asked_at.load() >= 1 * kMs);
  CHECK(asked_at.load() < 2000 * kMs);
}

TEST_CASE("gil: two spinning threads both make progress (forced switching)") {
  Gil gil;
  gil.set_interval_us(1000);
  ThreadState sa, sb;
  std::atomic<bool> stop{false};
  int64_t count[2] = {0, 0};  // touched only by the GIL holder
  int64_t handoffs = 0;
  int last = -1;
  auto spin = [&](ThreadState* ts, int me) {
    gil.take(ts);
    while (!stop.load(std::memory_order_relaxed)) {
      ++count[me];
      if (last != me) {
        ++handoffs;
        last = me;
      }
      check_point(gil, ts);
    }
    gil.drop(ts);
  };
  std::thread a(spin, &sa, 0), b(spin, &sb, 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  stop = true;
  a.join();
  b.join();
  CHECK(count[0] > 0);
  CHECK(count[1] > 0);
  CHECK(handoffs >= 4);  // about 300 at a 1 ms interval on an idle machine
}

TEST_CASE("gil: AllowThreads lets another thread run during a blocking call") {
  Gil gil;
  ThreadState main_ts, worker;
  gil.take(&main_ts);
  std::atomic<bool> worker_ran{false};
  std::thread t([&] {
    gil.take(&worker);
    worker_ran = true;
    gil.drop(&worker);
  });
  {
    AllowThreads blocking(&main_ts, gil);
    int64_t start = monotonic_ns();
    while (!worker_ran.load() && monotonic_ns() - start < 5000 * kMs)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  CHECK(worker_ran.load());
  CHECK(gil.held_by(&main_ts));
  gil.drop(&main_ts);
  t.join();
}

}  // namespace
}  // namespace gilt
