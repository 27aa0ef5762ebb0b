// Private to modules/builtins*.cpp: the builtin functions, grouped by theme in their files,
// which builtins.cpp puts into the builtins dict in CPython's order.
#pragma once

#include "runtime/args.hpp"
#include "runtime/dict.hpp"

namespace gilt {

#define GILT_BUILTIN(name) Value builtin_##name(const CallArgs& a)

// builtins_io.cpp
GILT_BUILTIN(print);
GILT_BUILTIN(input);
GILT_BUILTIN(open);  // io_open.cpp
// exit and quit: CPython's site.Quitter objects ("Use exit() or Ctrl-D (i.e. EOF) to exit").
Value make_quitter(const char* name);

// builtins_numeric.cpp
GILT_BUILTIN(abs);
GILT_BUILTIN(bin);
GILT_BUILTIN(chr);
GILT_BUILTIN(divmod);
GILT_BUILTIN(hex);
GILT_BUILTIN(max);
GILT_BUILTIN(min);
GILT_BUILTIN(oct);
GILT_BUILTIN(ord);
GILT_BUILTIN(pow);
GILT_BUILTIN(round);
GILT_BUILTIN(sum);

// builtins_iteration.cpp
GILT_BUILTIN(all);
GILT_BUILTIN(any);
GILT_BUILTIN(iter);
GILT_BUILTIN(len);
GILT_BUILTIN(next);
GILT_BUILTIN(sorted);

// builtins_introspection.cpp
GILT_BUILTIN(ascii);
GILT_BUILTIN(callable);
GILT_BUILTIN(delattr);
GILT_BUILTIN(dir);
GILT_BUILTIN(format);
GILT_BUILTIN(getattr);
GILT_BUILTIN(globals);
GILT_BUILTIN(hasattr);
GILT_BUILTIN(hash);
GILT_BUILTIN(id);
GILT_BUILTIN(isinstance);
GILT_BUILTIN(issubclass);
GILT_BUILTIN(locals);
GILT_BUILTIN(repr);
GILT_BUILTIN(setattr);
GILT_BUILTIN(vars);

// builtins_exec.cpp
GILT_BUILTIN(__import__);
GILT_BUILTIN(compile);
GILT_BUILTIN(eval);
GILT_BUILTIN(exec);

#undef GILT_BUILTIN

// builtins_frame.cpp: the namespaces of the Python code that called the builtin (the __main__
// module's outside any frame). locals() of a function is a fresh dict, as in CPython.
DictObject* caller_globals();
Value caller_locals();

}  // namespace gilt
