// Opcode names and operand kinds, generated from opcodes.def (the disassembler's tables).
#include "runtime/opcodes.hpp"

#include <cstddef>

namespace gilt {

namespace {

constexpr const char* kNames[] = {
#define OP(name, operand) #name,
#include "runtime/opcodes.def"
#undef OP
};

constexpr OperandKind kOperands[] = {
#define OP(name, operand) OperandKind::operand,
#include "runtime/opcodes.def"
#undef OP
};

}  // namespace

const char* op_name(Op op) {
  auto i = static_cast<size_t>(op);
  return i < static_cast<size_t>(Op::kCount) ? kNames[i] : "<unknown>";
}

OperandKind op_operand(Op op) {
  auto i = static_cast<size_t>(op);
  return i < static_cast<size_t>(Op::kCount) ? kOperands[i] : OperandKind::NONE;
}

}  // namespace gilt
