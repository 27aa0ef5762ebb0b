// CodeBuilder: the instruction stream of one code object while it is being generated, with
// symbolic labels for jumps, the current source position, and the constant and name tables.
// assemble.hpp turns it into a CodeObject.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/code.hpp"
#include "runtime/opcodes.hpp"

namespace gilt::compiler {

struct Label {
  int id = -1;
};

// A compile-time constant: its runtime value and a key that identifies it for sharing. CPython
// shares equal constants of the same type only (1, 1.0 and True stay distinct; 0.0 and -0.0 too).
struct Const {
  Value value;
  std::string key;
};

struct Instr {
  Op op;
  uint32_t arg;  // for jumps: the label id until assembly
  Position pos;
};

class CodeBuilder {
 public:
  // Every instruction emitted from now on gets this source span.
  void set_position(const Position& pos) { pos_ = pos; }
  const Position& position() const { return pos_; }

  void emit(Op op, uint32_t arg = 0);
  void emit_jump(Op op, Label target);  // op must be a JUMP-operand instruction
  Label new_label();
  void bind(Label label);  // the label marks the next instruction emitted

  int add_const(const Const& c);
  int add_name(std::string_view name);

  // The last instruction emitted, or NOP when none (used to skip unreachable implicit returns).
  Op last_op() const { return instrs_.empty() ? Op::NOP : instrs_.back().op; }

  const std::vector<Instr>& instrs() const { return instrs_; }
  const std::vector<int>& label_targets() const { return labels_; }
  std::vector<Value> take_consts() { return std::move(consts_); }
  const std::vector<std::string>& names() const { return names_; }

 private:
  Position pos_;
  std::vector<Instr> instrs_;
  std::vector<int> labels_;  // label id -> instruction index (-1 while unbound)
  std::vector<Value> consts_;
  std::unordered_map<std::string, int> const_index_;
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> name_index_;
};

bool is_jump(Op op);         // the operand is a jump target
bool is_block_setup(Op op);  // SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH
bool is_unconditional_jump(Op op);
bool ends_flow(Op op);  // no fall-through: jumps, returns, raises

// Checks an operand against the 24-bit limit; past it, SyntaxError as CPython's "too many ..."
uint32_t check_operand(size_t value, const char* what);

}  // namespace gilt::compiler
