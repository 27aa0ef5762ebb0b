// OsLock (runtime/os_lock.hpp): the semaphore under _thread.lock.
#include <doctest/doctest.h>

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "runtime/clock.hpp"
#include "runtime/os_lock.hpp"

namespace gilt {
namespace {

constexpr int64_t kMs = 1'000'000;

TEST_CASE("os_lock: try_acquire, locked and release") {
  OsLock lock;
  CHECK_FALSE(lock.locked());
  CHECK(lock.try_acquire());
  CHECK(lock.locked());
  CHECK_FALSE(lock.try_acquire());
  CHECK(lock.acquire(0, false) == LockResult::TimedOut);
  lock.release();
  CHECK_FALSE(lock.locked());
  CHECK(lock.acquire(-1, false) == LockResult::Acquired);
  lock.release();
}

TEST_CASE("os_lock: a timed wait lasts its timeout, no less") {
  OsLock lock;
  REQUIRE(lock.try_acquire());
  int64_t start = monotonic_ns();
  CHECK(lock.acquire(50 * kMs, false) == LockResult::TimedOut);
  int64_t waited = monotonic_ns() - start;
  CHECK(waited >= 50 * kMs);
  CHECK(waited < 2000 * kMs);
}

TEST_CASE("os_lock: another thread's release wakes the waiter") {
  OsLock lock;
  REQUIRE(lock.try_acquire());
  std::thread releaser([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    lock.release();  // not the thread that acquired it: allowed, as for _thread.lock
  });
  CHECK(lock.acquire(5000 * kMs, false) == LockResult::Acquired);
  releaser.join();
  CHECK(lock.locked());
}

std::atomic<int> signals_seen{0};
void count_signal(int) {
  ++signals_seen;
}

TEST_CASE("os_lock: a signal interrupts an interruptible wait only") {
  struct sigaction sa {};
  sa.sa_handler = count_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;  // sem waits fail with EINTR even so
  struct sigaction old {};
  REQUIRE(sigaction(SIGUSR1, &sa, &old) == 0);
  OsLock lock;
  REQUIRE(lock.try_acquire());
  for (bool interruptible : {true, false}) {
    std::atomic<bool> waiting{false};
    LockResult result = LockResult::Acquired;
    int64_t waited = 0;
    std::thread waiter([&] {
      waiting = true;
      int64_t start = monotonic_ns();
      result = lock.acquire(300 * kMs, interruptible);
      waited = monotonic_ns() - start;
    });
    while (!waiting.load())
      std::this_thread::yield();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    pthread_kill(waiter.native_handle(), SIGUSR1);
    waiter.join();
    if (interruptible) {
      CHECK(result == LockResult::Interrupted);
      CHECK(waited < 300 * kMs);
    } else {
      CHECK(result == LockResult::TimedOut);
      CHECK(waited >= 300 * kMs);  // the deadline did not restart after the signal
      CHECK(waited < 3000 * kMs);
    }
  }
  CHECK(signals_seen.load() == 2);
  sigaction(SIGUSR1, &old, nullptr);
}

}  // namespace
}  // namespace gilt
