#include "interpreter/compiler/code_builder.hpp"

#include "runtime/errors.hpp"

namespace gilt::compiler {

uint32_t check_operand(size_t value, const char* what) {
  if (value > kMaxOperand) raise(exc_SystemError, cat("too many ", what, " in one code object"));
  return static_cast<uint32_t>(value);
}

void CodeBuilder::emit(Op op, uint32_t arg) {
  instrs_.push_back(Instr{op, arg, pos_});
}

void CodeBuilder::emit_jump(Op op, Label target) {
  instrs_.push_back(Instr{op, static_cast<uint32_t>(target.id), pos_});
}

Label CodeBuilder::new_label() {
  labels_.push_back(-1);
  return Label{static_cast<int>(labels_.size() - 1)};
}

void CodeBuilder::bind(Label label) {
  labels_[label.id] = static_cast<int>(instrs_.size());
}

int CodeBuilder::add_const(const Const& c) {
  auto [it, inserted] = const_index_.try_emplace(c.key, static_cast<int>(consts_.size()));
  if (inserted) {
    check_operand(consts_.size(), "constants");
    consts_.push_back(c.value);
  }
  return it->second;
}

int CodeBuilder::add_name(std::string_view name) {
  auto [it, inserted] = name_index_.try_emplace(std::string(name), static_cast<int>(names_.size()));
  if (inserted) {
    check_operand(names_.size(), "names");
    names_.emplace_back(name);
  }
  return it->second;
}

bool is_jump(Op op) {
  return op_operand(op) == OperandKind::JUMP;
}

bool is_block_setup(Op op) {
  return op == Op::SETUP_FINALLY || op == Op::SETUP_CLEANUP || op == Op::SETUP_WITH;
}

bool is_unconditional_jump(Op op) {
  return op == Op::JUMP_FORWARD || op == Op::JUMP_BACKWARD;
}

bool ends_flow(Op op) {
  switch (op) {
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::RETURN_VALUE:
    case Op::RAISE_VARARGS:
    case Op::RERAISE:
    case Op::POP_EXCEPT_AND_RERAISE:
      return true;
    default:
      return false;
  }
}

}  // namespace gilt::compiler
