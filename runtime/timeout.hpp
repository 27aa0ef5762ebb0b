// Seconds given to Python (time.sleep, lock.acquire's timeout) as whole nanoseconds, converted
// as CPython's _PyTime_FromSecondsObject with _PyTime_ROUND_TIMEOUT: rounded away from zero, so
// a positive timeout never becomes 0.
#pragma once

#include <cstdint>

#include "runtime/value.hpp"

namespace gilt {

// ValueError "Invalid value NaN (not a number)"; OverflowError "timestamp too large to convert
// to C _PyTime_t" beyond int64 nanoseconds; TypeError "'str' object cannot be interpreted as an
// integer" for what is neither a float nor an integer.
int64_t seconds_to_ns(const Value& seconds);

}  // namespace gilt
