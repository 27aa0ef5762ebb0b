// Instantiates the expression rules for the one iterator/context pair (config.hpp).
#include "interpreter/grammar/config.hpp"
#include "interpreter/grammar/expr_def.hpp"

namespace gilt::front::grammar {

BOOST_SPIRIT_INSTANTIATE(test_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(namedexpr_test_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(testlist_star_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(exprlist_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(yield_expr_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(arglist_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(typed_params_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(eval_input_type, iterator_type, context_type)

}  // namespace gilt::front::grammar
