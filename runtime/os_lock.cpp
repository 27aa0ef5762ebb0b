// OsLock on a POSIX semaphore: value 1 = unlocked, 0 = locked.
#include "runtime/os_lock.hpp"

#include <cerrno>
#include <new>

#include "runtime/clock.hpp"

namespace gilt {

OsLock::OsLock() {
  if (sem_init(&sem_, 0, 1) != 0) throw std::bad_alloc();
}

OsLock::~OsLock() {
  sem_destroy(&sem_);
}

bool OsLock::try_acquire() {
  while (sem_trywait(&sem_) != 0) {
    if (errno != EINTR) return false;  // EAGAIN: held
  }
  return true;
}

LockResult OsLock::acquire(int64_t timeout_ns, bool interruptible) {
  if (timeout_ns == 0) return try_acquire() ? LockResult::Acquired : LockResult::TimedOut;
  if (timeout_ns < 0) {
    while (sem_wait(&sem_) != 0) {
      if (interruptible) return LockResult::Interrupted;  // only EINTR can fail here
    }
    return LockResult::Acquired;
  }
  // One absolute deadline for the whole wait: a retry after EINTR does not restart the timeout.
  timespec deadline = deadline_after_ns(timeout_ns);
  while (sem_clockwait(&sem_, CLOCK_MONOTONIC, &deadline) != 0) {
    if (errno == ETIMEDOUT) return LockResult::TimedOut;
    if (interruptible) return LockResult::Interrupted;
  }
  return LockResult::Acquired;
}

void OsLock::release() {
  sem_post(&sem_);
}

bool OsLock::locked() const {
  int value = 0;
  sem_getvalue(&sem_, &value);
  return value == 0;
}

}  // namespace gilt
