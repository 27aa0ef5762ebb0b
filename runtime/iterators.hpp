// The iterator types that are also builtins (enumerate, zip, map, filter, reversed); the
// builtins module adds them under their names. Per-container iterators are private.
#pragma once

#include "runtime/type.hpp"

namespace gilt {

extern TypeObject* enumerate_type;
extern TypeObject* zip_type;
extern TypeObject* map_type;
extern TypeObject* filter_type;
extern TypeObject* reversed_type;

}  // namespace gilt
