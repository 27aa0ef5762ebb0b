// OsLock: the binary semaphore under `_thread.lock` (CPython's PyThread_type_lock on POSIX
// semaphores). Any thread may release it, not only the one that acquired it, and a timed wait
// uses CLOCK_MONOTONIC, so changing the wall clock never shortens or stretches a timeout.
//
// A wait can return early when a signal handler runs on the waiting thread (sem_clockwait fails
// with EINTR whatever SA_RESTART says); the caller chooses whether that ends the wait, which is
// how `lock.acquire()` in the main thread lets Ctrl-C through.
#pragma once

#include <semaphore.h>

#include <cstdint>

namespace gilt {

enum class LockResult { Acquired, TimedOut, Interrupted };

class OsLock {
 public:
  OsLock();
  ~OsLock();
  OsLock(const OsLock&) = delete;
  OsLock& operator=(const OsLock&) = delete;

  bool try_acquire();
  // Waits up to `timeout_ns` (< 0: forever; 0: do not wait). With `interruptible`, a signal
  // delivered to this thread ends the wait with Interrupted; otherwise the wait goes on for the
  // rest of the timeout.
  LockResult acquire(int64_t timeout_ns, bool interruptible);
  void release();  // the caller has checked that it is locked
  bool locked() const;

 private:
  mutable sem_t sem_;
};

}  // namespace gilt
