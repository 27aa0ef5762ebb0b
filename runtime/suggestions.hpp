// "Did you mean: 'x'?" for AttributeError and NameError, with CPython 3.11's rule
// (Python/suggestions.c): the closest candidate by a case-aware Levenshtein distance, if no
// more than about a third of the characters differ.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/value.hpp"

namespace gilt {

// The best candidate, or "" when none is close enough (or there are 750 candidates or more).
std::string closest_name(std::string_view name, const std::vector<std::string>& candidates);

// dir(obj) for a value: the instance's namespace (a module's dict, an exception's attributes,
// `__dict__` of other objects) and the names along its type's MRO, sorted and unique.
std::vector<std::string> attribute_names(const Value& obj);

}  // namespace gilt
