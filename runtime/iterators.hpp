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

// iter(seq) for an object with __getitem__ but no __iter__: CPython's "iterator" type, which
// calls seq[0], seq[1]... until IndexError (or StopIteration).
Value make_sequence_iterator(const Value& seq);

}  // namespace gilt
