// Assembly: resolves labels, threads jumps to jumps, drops unreachable code and jumps to the
// next instruction, picks JUMP_FORWARD/JUMP_BACKWARD by direction, and computes the stacksize.
#pragma once

#include <vector>

#include "interpreter/compiler/code_builder.hpp"

namespace gilt::compiler {

struct Assembled {
  std::vector<uint32_t> code;
  std::vector<Position> positions;
  int stacksize = 0;
};

// Throws SystemError if the code breaks the stack discipline (a compiler bug).
Assembled assemble(const CodeBuilder& builder);

}  // namespace gilt::compiler
