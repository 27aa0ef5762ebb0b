// The sys module (minimal for now): what the builtins and the CLI need from it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/module.hpp"

namespace gilt {

Ref<ModuleObject> init_sys_module();  // registry.cpp's entry for "sys"

// sys.stdout, sys.stderr and sys.stdin as they are now (a program may replace them); fall back
// to the original streams when the attribute was deleted.
Value sys_stdout();
Value sys_stderr();
Value sys_stdin();

// Set by the CLI: sys.argv, and sys.path[0] (the script's directory, or '' for -c and stdin).
void set_sys_argv(const std::vector<std::string>& argv);
void set_sys_path0(std::string_view dir);

}  // namespace gilt
