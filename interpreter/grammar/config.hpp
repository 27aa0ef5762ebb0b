// The one iterator and context type every grammar TU instantiates its rules with. The context at
// the call site (parse.cpp) must be exactly this type, or the link fails with an undefined
// parse_rule<...>.
#pragma once

#include <functional>

#include "interpreter/grammar/tokens.hpp"

namespace gilt::front::grammar {

using iterator_type = Iter;
using context_type = x3::context<diag_tag, std::reference_wrapper<Diag>, x3::unused_type>;

}  // namespace gilt::front::grammar
