// Stack effects of every instruction and the flow walk that computes a code object's
// stacksize. The VM sizes each frame's value stack from it, so it must never be too small.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/opcodes.hpp"

namespace gilt::compiler {

// How many values an instruction consumes and pushes (values it only reads or leaves in place,
// as DUP_TOP's operand or the iterator under FOR_ITER's result, are not consumed); `jumping`
// selects the effect on its jump edge
// (for a block setup, the handler edge: the handler starts with the exception pushed on the
// stack level the block recorded).
struct StackIO {
  int pops;
  int pushes;
};
StackIO stack_io(Op op, uint32_t arg, bool jumping);
inline int stack_effect(Op op, uint32_t arg, bool jumping) {
  StackIO io = stack_io(op, arg, jumping);
  return io.pushes - io.pops;
}

// Walks every path of the assembled `code` (jump operands are instruction indexes) from entry
// and returns the maximum value-stack depth. Also checks what the exception model relies on:
// each instruction is reached with one depth and one handler-block stack whatever the path;
// no instruction consumes values below the level of the innermost active handler block (the
// VM truncates the stack to that level when an exception arrives); RETURN_VALUE runs with no
// block active. A violation is a compiler bug: `error` is set and -1 returned.
int compute_stacksize(const std::vector<uint32_t>& code, std::string* error);

}  // namespace gilt::compiler
