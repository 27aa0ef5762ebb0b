// The time module (C++): clocks, sleep (which releases the GIL), struct_time, strftime.
#pragma once

#include "runtime/module.hpp"

namespace gilt {

Ref<ModuleObject> init_time_module();  // registry.cpp's entry for "time"

}  // namespace gilt
