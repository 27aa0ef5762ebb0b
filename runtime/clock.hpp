// The one place gilt reads time for scheduling: the GIL's switch interval, lock timeouts and
// sleep. A later deterministic scheduler replaces these with a virtual clock.
#pragma once

#include <cstdint>
#include <ctime>

namespace gilt {

// CLOCK_MONOTONIC in nanoseconds: never jumps with the wall clock, so timeouts stay exact.
inline int64_t monotonic_ns() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

// The absolute CLOCK_MONOTONIC deadline `ns` from now, for sem_clockwait and friends.
inline timespec deadline_after_ns(int64_t ns) {
  int64_t at = monotonic_ns() + ns;
  timespec ts;
  ts.tv_sec = static_cast<time_t>(at / 1'000'000'000);
  ts.tv_nsec = static_cast<long>(at % 1'000'000'000);
  return ts;
}

}  // namespace gilt
