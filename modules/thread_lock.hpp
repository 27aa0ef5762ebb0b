// _thread.lock (LockType) and _thread.RLock, on OsLock semaphores.
#pragma once

#include "runtime/type.hpp"

namespace gilt {

extern TypeObject* lock_type;   // _thread.lock: not instantiable from Python, not subclassable
extern TypeObject* rlock_type;  // _thread.RLock: re-entrant, owner-checked, subclassable

void init_lock_types();  // idempotent
Value new_lock();        // allocate_lock()

}  // namespace gilt
