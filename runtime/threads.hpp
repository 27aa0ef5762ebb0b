// Threads that run Python code: each _thread.start_new_thread call makes an OS thread with its
// own ThreadState, which takes the GIL, calls the function, reports an uncaught exception
// (other than SystemExit) through sys.unraisablehook, and ends.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/dict.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

// _thread.get_ident(): the pthread_t, as CPython; reused after a thread ends.
uint64_t current_thread_ident();
// An identity as a Python int (pthread_t values may exceed int64).
Value ident_value(uint64_t id);
// _thread.get_native_id(): the kernel's thread id (the process id in the main thread).
uint64_t current_native_id();

// Starts func(*args, **kwargs) (kwargs may be null) on a new thread and returns the ident it
// will see. The new thread runs once this one releases the GIL. RuntimeError "can't start new
// thread" when the OS refuses (no memory for the stack, too many threads).
uint64_t start_thread(const Value& func, const Ref<TupleObject>& args,
                      const Ref<DictObject>& kwargs);

// _thread._count(): threads started by start_thread that have not finished.
int64_t running_thread_count();

// _thread.stack_size(): the stack size for threads started from now on (0: the platform's).
size_t thread_stack_size();
void set_thread_stack_size(size_t bytes);

}  // namespace gilt
