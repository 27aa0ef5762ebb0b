// Exceptions nobody can catch (CPython's PyErr_WriteUnraisable): one raised by a thread's
// function started with _thread, by a generator's finally block run at destruction, by a
// __del__. They go to sys.unraisablehook, whose default writes them to sys.stderr.
#pragma once

#include <string_view>

#include "runtime/args.hpp"

namespace gilt {

struct StructSeqType;

// Reports `exc` with `err_msg` ("" means "Exception ignored in") and the object involved (Null
// for none). Never throws: a failing hook is itself reported, then forgotten.
void write_unraisable(const Value& exc, std::string_view err_msg, const Value& object) noexcept;

// sys.__unraisablehook__(unraisable): the default text, to sys.stderr (nothing when it is None):
//   <err_msg>: <repr(object)>
//   Traceback (most recent call last): ...      (only when the exception passed a frame)
//   <Type>: <str(exc)>                           (always with ": ", even for an empty message)
Value default_unraisable_hook(const CallArgs& args);
// The type of the hook's argument: sys.UnraisableHookArgs(exc_type, exc_value, exc_traceback,
// err_msg, object).
StructSeqType* unraisable_hook_args_type();

}  // namespace gilt
