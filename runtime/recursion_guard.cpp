// The cold half of RecursionGuard: building and raising the RecursionError.
#include "runtime/recursion_guard.hpp"

#include "runtime/errors.hpp"
#include "runtime/type.hpp"

namespace gilt {

void RecursionGuard::raise_too_deep(const char* where) {
  raise(exc_RecursionError, cat("maximum recursion depth exceeded", where));
}

}  // namespace gilt
