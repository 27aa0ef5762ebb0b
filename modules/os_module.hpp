// os: the process-level calls teaching programs and the signal tests use (getpid, kill, _exit,
// remove, environ...). CPython's os is Lib/os.py over posixmodule.c; gilt has one C++ module.
#pragma once

#include "runtime/module.hpp"

namespace gilt {

Ref<ModuleObject> init_os_module();  // registry.cpp's entry for "os"

}  // namespace gilt
