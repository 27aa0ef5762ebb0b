// CallArgs: how every callable receives its arguments (CPython's vectorcall layout), and the
// helpers natives use to check them with CPython's messages.
#pragma once

#include <cstddef>
#include <initializer_list>

#include "runtime/value.hpp"

namespace gilt {

struct TupleObject;
struct StrObject;

struct CallArgs {
  const Value* args = nullptr;     // positional values, then the keyword values
  size_t nargs = 0;                // how many are positional
  TupleObject* kwnames = nullptr;  // names (interned str) of the trailing keyword values, or null
  size_t nkw = 0;                  // == len(kwnames)

  const Value& operator[](size_t i) const { return args[i]; }
  StrObject* kwname(size_t i) const;  // name of args[nargs + i]
  const Value& kwvalue(size_t i) const { return args[nargs + i]; }
  // Drops the first positional (self) — for methods reached through a bound method or type call.
  CallArgs shifted() const { return CallArgs{args + 1, nargs - 1, kwnames, nkw}; }
};

// "len() takes no keyword arguments"
void no_kwargs(const CallArgs& a, const char* fname);
// Checks min <= nargs <= max with CPython's generic messages for builtins:
//   "f expected at least 1 argument, got 0" / "f expected at most 3 arguments, got 4"
// (`fname` without parentheses). Use exact_args for METH_O-style functions.
void count_args(const CallArgs& a, const char* fname, size_t min, size_t max);
// "len() takes exactly one argument (2 given)" / "f() takes no arguments (1 given)"
void exact_args(const CallArgs& a, const char* fname, size_t n);

// Argument-Clinic-style binding: fills out[i] for each name in `names` from positionals then
// keywords; Null where not given. `npos_only` leading names are positional-only; `nrequired`
// leading names are required. Messages as CPython's clinic functions:
//   "sorted() got an unexpected keyword argument 'x'" — wording: "'x' is an invalid keyword
//   argument for f()", "f() missing required argument 'x' (pos 1)",
//   "argument for f() given by name ('x') and position (1)", "f() takes at most 2 arguments (3
//   given)".
void bind_args(const CallArgs& a, const char* fname, std::initializer_list<const char*> names,
               size_t nrequired, size_t npos_only, Value* out);
// The same with the trailing `nkw_only` names keyword-only (sorted's key and reverse, print's
// sep/end/file/flush); those are never required.
void bind_args(const CallArgs& a, const char* fname, std::initializer_list<const char*> names,
               size_t nrequired, size_t npos_only, size_t nkw_only, Value* out);

}  // namespace gilt
