// The _thread module: starting threads, locks, identities, interrupt_main.
#pragma once

#include "runtime/module.hpp"

namespace gilt {

Ref<ModuleObject> init_thread_module();  // registry.cpp's entry for "_thread"

}  // namespace gilt
