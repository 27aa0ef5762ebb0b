// Imports across threads, as CPython's per-module import locks: while one thread runs a
// module's body, another thread importing that module waits (with the GIL released) until the
// body has finished, instead of seeing a half-made module. The thread running the body gets the
// partial module at once (a circular import), and so does a thread whose wait would close a
// cycle of waits between threads (CPython's _has_deadlock).
//
// The two tables are touched only by the GIL holder. Waiters sleep on one condition variable
// that every finished body signals; each checks again, under the GIL, whether its module is done.
#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

#include "runtime/gil.hpp"
#include "runtime/import.hpp"
#include "runtime/thread_state.hpp"

namespace gilt::importing {

namespace {

struct Initializing {
  ModuleObject* module;
  ThreadState* owner;
};
struct Waiting {
  ThreadState* thread;
  ModuleObject* module;
};

std::vector<Initializing>& initializing() {
  static std::vector<Initializing> table;
  return table;
}
std::vector<Waiting>& waiting() {
  static std::vector<Waiting> table;
  return table;
}

std::mutex finished_mutex;
std::condition_variable finished_cond;
uint64_t finished_count = 0;  // guarded by finished_mutex: bodies finished so far

ThreadState* owner_of(const ModuleObject* m) {
  for (const Initializing& i : initializing())
    if (i.module == m) return i.owner;
  return nullptr;
}

ModuleObject* waited_on_by(const ThreadState* t) {
  for (const Waiting& w : waiting())
    if (w.thread == t) return w.module;
  return nullptr;
}

// Whether `me` waiting for a module `owner` is running would close a cycle of waits.
bool has_deadlock(ThreadState* owner, const ThreadState* me) {
  std::vector<ThreadState*> seen;
  for (ThreadState* t = owner;;) {
    ModuleObject* m = waited_on_by(t);
    if (!m) return false;
    t = owner_of(m);
    if (!t) return false;
    if (t == me) return true;
    if (std::find(seen.begin(), seen.end(), t) != seen.end()) return false;
    seen.push_back(t);
  }
}

uint64_t finished_so_far() {
  std::lock_guard<std::mutex> lock(finished_mutex);
  return finished_count;
}

}  // namespace

ModuleInitScope::ModuleInitScope(ModuleObject* m) : module_(m) {
  module_->initializing = true;
  initializing().push_back({m, current_thread()});
}

ModuleInitScope::~ModuleInitScope() {
  module_->initializing = false;
  auto& table = initializing();
  for (auto it = table.rbegin(); it != table.rend(); ++it) {
    if (it->module == module_.get()) {
      table.erase(std::next(it).base());
      break;
    }
  }
  {
    std::lock_guard<std::mutex> lock(finished_mutex);
    ++finished_count;
  }
  finished_cond.notify_all();
}

bool wait_until_initialized(const Value& module) {
  if (!is_module(module)) return false;
  auto* m = module.as<ModuleObject>();
  ThreadState* me = current_thread();
  bool waited = false;
  while (m->initializing) {
    ThreadState* owner = owner_of(m);
    if (!owner || owner == me || has_deadlock(owner, me)) break;
    waited = true;
    waiting().push_back({me, m});
    uint64_t seen = finished_so_far();
    {
      AllowThreads released(me);
      std::unique_lock<std::mutex> lock(finished_mutex);
      finished_cond.wait(lock, [&] { return finished_count != seen; });
    }
    auto& table = waiting();
    table.erase(
        std::find_if(table.begin(), table.end(), [&](const Waiting& w) { return w.thread == me; }));
  }
  return waited;
}

}  // namespace gilt::importing
