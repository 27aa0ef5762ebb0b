// The built-in (C++) modules `import` finds, as Lua's linit.c and CPython's inittab: each
// entry builds its module once, on first import. builtins itself is made at start-up.
#include "modules/io_file.hpp"
#include "modules/os_module.hpp"
#include "modules/sys.hpp"
#include "modules/thread_module.hpp"
#include "modules/time_module.hpp"
#include "runtime/runtime.hpp"

namespace gilt {

// clang-format off
const BuiltinModule builtin_modules[] = {
    {"_thread", init_thread_module},
    {"io", init_io_module},
    {"os", init_os_module},
    {"sys", init_sys_module},
    {"time", init_time_module},
    {nullptr, nullptr},
};
// clang-format on

}  // namespace gilt
