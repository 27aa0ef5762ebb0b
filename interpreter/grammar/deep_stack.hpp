// Where the parser runs: X3's recursion follows the source's nesting, and a sanitizer or -O0
// build needs several times the stack of a Release build for the same nesting (200 brackets
// take ~1 MB at -O2, more than the main thread's 8 MB under AddressSanitizer). So a parse of a
// non-trivial input on a thread with little stack left moves to a helper thread with a large
// (lazily committed) stack. The AST is plain C++, never an interpreter object, so the helper
// thread touches nothing the GIL guards.
#pragma once

#include <cstddef>
#include <functional>

namespace gilt::front::grammar {

void run_with_parser_stack(std::size_t source_size, const std::function<void()>& parse);

}  // namespace gilt::front::grammar
