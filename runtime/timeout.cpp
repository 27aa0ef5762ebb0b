#include "runtime/timeout.hpp"

#include <cmath>

#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"

namespace gilt {

int64_t seconds_to_ns(const Value& seconds) {
  constexpr int64_t kNsPerSec = 1'000'000'000;
  constexpr const char* kTooLarge = "timestamp too large to convert to C _PyTime_t";
  if (seconds.is_float()) {
    double d = seconds.as_float();
    if (std::isnan(d)) raise(exc_ValueError, "Invalid value NaN (not a number)");
    double ns = d * 1e9;
    ns = ns >= 0 ? std::ceil(ns) : std::floor(ns);
    if (!(ns >= -9.2233720368547758e18 && ns < 9.2233720368547758e18))
      raise(exc_OverflowError, kTooLarge);
    return static_cast<int64_t>(ns);
  }
  if (is_bigint(seconds)) raise(exc_OverflowError, kTooLarge);
  int64_t secs = index_to_int64(seconds);
  if (secs > INT64_MAX / kNsPerSec || secs < INT64_MIN / kNsPerSec)
    raise(exc_OverflowError, kTooLarge);
  return secs * kNsPerSec;
}

}  // namespace gilt
