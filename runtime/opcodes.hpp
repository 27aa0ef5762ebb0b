// The opcode enum and instruction encoding, generated from opcodes.def.
#pragma once

#include <cstdint>

namespace gilt {

enum class Op : uint8_t {
#define OP(name, operand) name,
#include "runtime/opcodes.def"
#undef OP
  kCount
};

enum class OperandKind : uint8_t {
  NONE,
  CONST,
  NAME,
  LOCAL,
  CELL,
  JUMP,
  COUNT,
  BINOP,
  CMPOP,
  FLAG
};

const char* op_name(Op op);
OperandKind op_operand(Op op);

constexpr uint32_t kMaxOperand = (1u << 24) - 1;
constexpr uint32_t encode(Op op, uint32_t arg) {
  return static_cast<uint32_t>(op) | (arg << 8);
}
constexpr Op op_of(uint32_t word) {
  return static_cast<Op>(word & 0xff);
}
constexpr uint32_t arg_of(uint32_t word) {
  return word >> 8;
}

}  // namespace gilt
