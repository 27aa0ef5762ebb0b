// The global interpreter lock, designed as CPython's since 3.2 (Python/ceval_gil.c):
//
// - A thread that wants the GIL waits on a condition variable for the switch interval. If the
//   interval passes with no switch in between, it asks the holder to drop the GIL by setting the
//   holder's eval-breaker bit; the holder drops it at its next check point (a backward jump, a
//   call) and takes it again.
// - Forced switching: a holder that drops because it was asked to waits until another thread
//   has taken the GIL, so it cannot grab it straight back.
// - Blocking calls release it around the OS call (AllowThreads).
//
// Only the GIL holder touches interpreter objects; that is why reference counts are not atomic.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace gilt {

struct ThreadState;

class Gil {
 public:
  static constexpr int64_t kDefaultIntervalUs = 5000;  // sys.getswitchinterval() == 0.005

  // Blocks until `ts` holds the GIL. `ts` must not hold it already.
  void take(ThreadState* ts);
  // Releases the GIL held by `ts`; when the release answers a drop request, waits until another
  // thread has taken it.
  void drop(ThreadState* ts);
  // The eval breaker's GIL step: drop, then take again (another thread runs in between).
  void yield(ThreadState* ts);

  bool held_by(const ThreadState* ts) const {
    return locked_.load(std::memory_order_acquire) &&
           last_holder_.load(std::memory_order_relaxed) == ts;
  }
  // sys.setswitchinterval/getswitchinterval, in whole microseconds (CPython truncates too).
  void set_interval_us(int64_t us) { interval_us_.store(us, std::memory_order_relaxed); }
  int64_t interval_us() const { return interval_us_.load(std::memory_order_relaxed); }
  // How many times the GIL changed hands (tests and the GIL timeline read it).
  uint64_t switches() const { return switch_number_.load(std::memory_order_relaxed); }

 private:
  void request_drop(ThreadState* holder);

  std::mutex mutex_;              // guards locked_ transitions and the waits below
  std::condition_variable cond_;  // signalled when the GIL is released
  std::atomic<bool> locked_{false};
  std::atomic<ThreadState*> last_holder_{nullptr};
  std::atomic<uint64_t> switch_number_{0};
  std::atomic<bool> drop_requested_{false};
  std::atomic<int64_t> interval_us_{kDefaultIntervalUs};

  // Forced switching: the dropping thread waits here until last_holder_ changes.
  std::mutex switch_mutex_;
  std::condition_variable switch_cond_;
};

Gil& the_gil();  // the interpreter's one GIL

// Releases the GIL for the scope of a blocking call (CPython's Py_BEGIN/END_ALLOW_THREADS).
// No interpreter object may be touched inside the scope; the running frame must be synced
// before it starts (tracebacks read it).
class AllowThreads {
 public:
  explicit AllowThreads(ThreadState* ts, Gil& gil = the_gil()) : ts_(ts), gil_(gil) {
    gil_.drop(ts_);
  }
  ~AllowThreads() { gil_.take(ts_); }
  AllowThreads(const AllowThreads&) = delete;
  AllowThreads& operator=(const AllowThreads&) = delete;

 private:
  ThreadState* ts_;
  Gil& gil_;
};

}  // namespace gilt
