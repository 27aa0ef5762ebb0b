// Instantiates the simple-statement rules for the one iterator/context pair (config.hpp).
#include "interpreter/grammar/config.hpp"
#include "interpreter/grammar/stmt_def.hpp"

namespace gilt::front::grammar {

BOOST_SPIRIT_INSTANTIATE(simple_stmts_type, iterator_type, context_type)

}  // namespace gilt::front::grammar
