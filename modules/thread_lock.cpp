// Lock objects as CPython 3.11's Modules/_threadmodule.c has them: acquire(blocking=True,
// timeout=-1) with its argument checks in CPython's order, a first try with the GIL held and
// then a wait without it, and the context-manager and old-name aliases.
#include "modules/thread_lock.hpp"

#include "runtime/api.hpp"
#include "runtime/args.hpp"
#include "runtime/clock.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/os_lock.hpp"
#include "runtime/str.hpp"
#include "runtime/thread_state.hpp"
#include "runtime/threads.hpp"
#include "runtime/timeout.hpp"

namespace gilt {

TypeObject* lock_type = nullptr;
TypeObject* rlock_type = nullptr;

namespace {

constexpr int64_t kWaitForever = -1'000'000'000;  // timeout=-1, in nanoseconds

struct LockObject : Object {
  OsLock lock;
  LockObject() : Object(lock_type) {}
};

struct RLockObject : Object {
  OsLock lock;
  uint64_t owner = 0;  // get_ident() of the holder; 0 when unlocked
  uint64_t count = 0;
  explicit RLockObject(TypeObject* t) : Object(t) {}
};

// --- acquiring ---

// acquire()'s arguments in CPython's order of checks; the timeout in ns, -1 s for "forever".
int64_t parse_acquire_args(const CallArgs& a) {
  Value args[2];
  bind_args(a, "acquire", {"blocking", "timeout"}, 0, 0, args);
  bool blocking = true;
  if (!args[0].is_null()) {
    // An int, not a truth value (CPython converts it to a C int).
    if (is_bigint(args[0])) raise(exc_OverflowError, "Python int too large to convert to C long");
    int64_t b = index_to_int64(args[0]);
    if (b > INT32_MAX) raise(exc_OverflowError, "signed integer is greater than maximum");
    if (b < INT32_MIN) raise(exc_OverflowError, "signed integer is less than minimum");
    blocking = b != 0;
  }
  int64_t timeout = kWaitForever;
  if (!args[1].is_null()) timeout = seconds_to_ns(args[1]);
  if (!blocking && timeout != kWaitForever)
    raise(exc_ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != kWaitForever)
    raise(exc_ValueError, "timeout value must be positive");
  if (!blocking) return 0;
  return timeout == kWaitForever ? -1 : timeout;
}

// CPython's acquire_timed: one try with the GIL held, then waits without it. A wait that a
// signal interrupts resumes with the time left; the deadline never restarts.
bool acquire_timed(OsLock& lock, int64_t timeout_ns) {
  if (lock.try_acquire()) return true;
  if (timeout_ns == 0) return false;
  const int64_t deadline = timeout_ns > 0 ? monotonic_ns() + timeout_ns : 0;
  ThreadState* ts = current_thread();
  for (;;) {
    LockResult result;
    {
      AllowThreads released(ts);
      result = lock.acquire(timeout_ns, /*interruptible=*/true);
    }
    if (result != LockResult::Interrupted) return result == LockResult::Acquired;
    // TODO(signals): run the pending Python signal handlers here (issue 5); one that raises
    // ends the acquire with its exception.
    if (timeout_ns > 0) {
      timeout_ns = deadline - monotonic_ns();
      if (timeout_ns <= 0) return lock.try_acquire();
    }
  }
}

// --- _thread.lock ---

LockObject* as_lock(const CallArgs& a, const char* name) {
  if (a.nargs == 0 || !is_instance(a[0], lock_type))
    raise_type_error(cat("descriptor '", name, "' for '_thread.lock' objects needs an argument"));
  return a[0].as<LockObject>();
}

Value lock_acquire(const CallArgs& a) {
  LockObject* self = as_lock(a, "acquire");
  int64_t timeout = parse_acquire_args(a.shifted());
  return Value::boolean(acquire_timed(self->lock, timeout));
}

Value lock_release(const CallArgs& a) {
  LockObject* self = as_lock(a, "release");
  exact_args(a.shifted(), "lock.release", 0);
  if (!self->lock.locked()) raise(exc_RuntimeError, "release unlocked lock");
  self->lock.release();
  return Value::none();
}

Value lock_exit(const CallArgs& a) {  // __exit__(*exc_info): any positional arguments
  LockObject* self = as_lock(a, "__exit__");
  no_kwargs(a.shifted(), "lock.__exit__");
  if (!self->lock.locked()) raise(exc_RuntimeError, "release unlocked lock");
  self->lock.release();
  return Value::none();
}

Value lock_locked(const CallArgs& a) {
  LockObject* self = as_lock(a, "locked");
  exact_args(a.shifted(), "lock.locked", 0);
  return Value::boolean(self->lock.locked());
}

Value lock_at_fork_reinit(const CallArgs& a) {
  LockObject* self = as_lock(a, "_at_fork_reinit");
  exact_args(a.shifted(), "lock._at_fork_reinit", 0);
  if (self->lock.locked()) self->lock.release();
  return Value::none();
}

Value lock_repr(const Value& self) {
  auto* l = self.as<LockObject>();
  return make_str(cat("<", l->lock.locked() ? "locked" : "unlocked", " ", l->type->name,
                      " object at ", address_text(self), ">"));
}

// --- _thread.RLock ---

RLockObject* as_rlock(const CallArgs& a, const char* name) {
  if (a.nargs == 0 || !is_instance(a[0], rlock_type))
    raise_type_error(cat("descriptor '", name, "' for '_thread.RLock' objects needs an argument"));
  return a[0].as<RLockObject>();
}

Value rlock_new(TypeObject* type, const CallArgs&) {  // RLock(*args, **kwargs) ignores them
  return Value(new RLockObject(type));
}

Value rlock_acquire(const CallArgs& a) {
  RLockObject* self = as_rlock(a, "acquire");
  int64_t timeout = parse_acquire_args(a.shifted());
  uint64_t me = current_thread_ident();
  if (self->count > 0 && self->owner == me) {
    if (self->count == UINT64_MAX) raise(exc_OverflowError, "Internal lock count overflowed");
    ++self->count;
    return Value::boolean(true);
  }
  if (!acquire_timed(self->lock, timeout)) return Value::boolean(false);
  self->owner = me;
  self->count = 1;
  return Value::boolean(true);
}

void rlock_release_once(RLockObject* self) {
  if (self->count == 0 || self->owner != current_thread_ident())
    raise(exc_RuntimeError, "cannot release un-acquired lock");
  if (--self->count == 0) {
    self->owner = 0;
    self->lock.release();
  }
}

Value rlock_release(const CallArgs& a) {
  RLockObject* self = as_rlock(a, "release");
  exact_args(a.shifted(), "RLock.release", 0);
  rlock_release_once(self);
  return Value::none();
}

Value rlock_exit(const CallArgs& a) {
  RLockObject* self = as_rlock(a, "__exit__");
  no_kwargs(a.shifted(), "RLock.__exit__");
  rlock_release_once(self);
  return Value::none();
}

Value rlock_is_owned(const CallArgs& a) {
  RLockObject* self = as_rlock(a, "_is_owned");
  exact_args(a.shifted(), "RLock._is_owned", 0);
  return Value::boolean(self->count > 0 && self->owner == current_thread_ident());
}

// threading.Condition's helpers: give the lock up entirely and take it back with its count.
Value rlock_release_save(const CallArgs& a) {
  RLockObject* self = as_rlock(a, "_release_save");
  exact_args(a.shifted(), "RLock._release_save", 0);
  if (self->count == 0) raise(exc_RuntimeError, "cannot release un-acquired lock");
  Value saved(
      new_tuple({Value::integer(static_cast<int64_t>(self->count)), ident_value(self->owner)}));
  self->count = 0;
  self->owner = 0;
  self->lock.release();
  return saved;
}

Value rlock_acquire_restore(const CallArgs& a) {
  RLockObject* self = as_rlock(a, "_acquire_restore");
  exact_args(a.shifted(), "RLock._acquire_restore", 1);
  const Value& state = a[1];
  if (!is_tuple(state) || state.as<TupleObject>()->size() != 2)
    raise_type_error("_acquire_restore() argument 1 must be tuple of 2 items");
  const std::vector<Value>& items = state.as<TupleObject>()->items;
  uint64_t count = static_cast<uint64_t>(index_to_int64(items[0]));
  uint64_t owner = static_cast<uint64_t>(to_bigint(items[1]));
  acquire_timed(self->lock, -1);
  self->owner = owner;
  self->count = count;
  return Value::none();
}

Value rlock_at_fork_reinit(const CallArgs& a) {
  RLockObject* self = as_rlock(a, "_at_fork_reinit");
  exact_args(a.shifted(), "RLock._at_fork_reinit", 0);
  if (self->count > 0) self->lock.release();
  self->owner = 0;
  self->count = 0;
  return Value::none();
}

Value rlock_repr(const Value& self) {
  auto* r = self.as<RLockObject>();
  return make_str(cat("<", r->count ? "locked" : "unlocked", " ", r->type->name, " object owner=",
                      r->owner, " count=", r->count, " at ", address_text(self), ">"));
}

constexpr const char* kAcquireDoc =
    "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)\n\n"
    "Lock the lock.";

}  // namespace

void init_lock_types() {
  if (lock_type) return;
  lock_type = new TypeObject("_thread.lock", object_type);  // no kTypeBaseType: final
  lock_type->refcnt = 1;
  lock_type->repr = lock_repr;
  add_method(lock_type, "acquire", lock_acquire, kAcquireDoc);
  add_method(lock_type, "acquire_lock", lock_acquire, kAcquireDoc);
  add_method(lock_type, "__enter__", lock_acquire, kAcquireDoc);
  add_method(lock_type, "release", lock_release, "release()\n\nRelease the lock.");
  add_method(lock_type, "release_lock", lock_release, "release()\n\nRelease the lock.");
  add_method(lock_type, "__exit__", lock_exit, "__exit__(*excinfo)\n\nRelease the lock.");
  add_method(lock_type, "locked", lock_locked, "locked() -> bool\n\nTest the lock.");
  add_method(lock_type, "locked_lock", lock_locked, "locked() -> bool\n\nTest the lock.");
  add_method(lock_type, "_at_fork_reinit", lock_at_fork_reinit, nullptr);
  lock_type->modified();

  rlock_type = new TypeObject("_thread.RLock", object_type, kTypeBaseType);
  rlock_type->refcnt = 1;
  rlock_type->repr = rlock_repr;
  rlock_type->new_ = rlock_new;
  add_method(rlock_type, "acquire", rlock_acquire, kAcquireDoc);
  add_method(rlock_type, "__enter__", rlock_acquire, kAcquireDoc);
  add_method(rlock_type, "release", rlock_release, "release()\n\nRelease the lock.");
  add_method(rlock_type, "__exit__", rlock_exit, "__exit__(*excinfo)\n\nRelease the lock.");
  add_method(rlock_type, "_is_owned", rlock_is_owned, nullptr);
  add_method(rlock_type, "_release_save", rlock_release_save, nullptr);
  add_method(rlock_type, "_acquire_restore", rlock_acquire_restore, nullptr);
  add_method(rlock_type, "_at_fork_reinit", rlock_at_fork_reinit, nullptr);
  rlock_type->modified();
}

Value new_lock() {
  init_lock_types();
  return Value(new LockObject());
}

}  // namespace gilt
