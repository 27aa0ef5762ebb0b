// Instantiates the compound-statement rules for the one iterator/context pair (config.hpp).
#include "interpreter/grammar/block_def.hpp"
#include "interpreter/grammar/config.hpp"

namespace gilt::front::grammar {

BOOST_SPIRIT_INSTANTIATE(file_input_type, iterator_type, context_type)

}  // namespace gilt::front::grammar
