#include "interpreter/compiler/assemble.hpp"

#include "interpreter/compiler/stack_depth.hpp"
#include "runtime/errors.hpp"

namespace gilt::compiler {

namespace {

bool is_conditional_jump(Op op) {
  switch (op) {
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
      return true;
    default:
      return false;
  }
}

// A jump whose target is an unconditional jump goes straight to the final target. Conditional
// jumps are only threaded forward: JUMP_BACKWARD is the only backward jump (the eval breaker's
// check point), so a conditional jump must never become a loop's back-edge.
void thread_jumps(std::vector<Instr>& ins) {
  const size_t n = ins.size();
  for (size_t i = 0; i < n; ++i) {
    Op op = ins[i].op;
    if (!is_unconditional_jump(op) && !is_conditional_jump(op)) continue;
    uint32_t target = ins[i].arg;
    for (int hops = 0; hops < 32 && target < n && is_unconditional_jump(ins[target].op); ++hops) {
      uint32_t next = ins[target].arg;
      if (is_conditional_jump(op) && next <= i) break;
      if (next == target) break;
      target = next;
    }
    ins[i].arg = target;
  }
}

std::vector<bool> reachable(const std::vector<Instr>& ins) {
  std::vector<bool> seen(ins.size(), false);
  std::vector<uint32_t> work;
  auto push = [&](uint32_t i) {
    if (i < ins.size() && !seen[i]) {
      seen[i] = true;
      work.push_back(i);
    }
  };
  push(0);
  while (!work.empty()) {
    uint32_t i = work.back();
    work.pop_back();
    if (is_jump(ins[i].op)) push(ins[i].arg);
    if (!ends_flow(ins[i].op)) push(i + 1);
  }
  return seen;
}

// Index of the first kept instruction at or after i (ins.size() when none).
uint32_t next_kept(const std::vector<bool>& keep, uint32_t i) {
  while (i < keep.size() && !keep[i])
    ++i;
  return i;
}

}  // namespace

Assembled assemble(const CodeBuilder& builder) {
  std::vector<Instr> ins = builder.instrs();
  const std::vector<int>& labels = builder.label_targets();
  for (Instr& in : ins) {
    if (!is_jump(in.op)) continue;
    int target = labels.at(in.arg);
    if (target < 0) raise(exc_SystemError, "compiler bug: jump to an unbound label");
    in.arg = static_cast<uint32_t>(target);
  }
  thread_jumps(ins);

  std::vector<bool> keep = reachable(ins);
  for (size_t i = 0; i < ins.size(); ++i)
    if (ins[i].op == Op::NOP) keep[i] = false;
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t i = 0; i < ins.size(); ++i) {
      if (!keep[i] || !is_unconditional_jump(ins[i].op)) continue;
      if (next_kept(keep, i + 1) == next_kept(keep, ins[i].arg)) {
        keep[i] = false;
        changed = true;
      }
    }
  }

  std::vector<uint32_t> new_index(ins.size() + 1);
  uint32_t count = 0;
  for (size_t i = 0; i < ins.size(); ++i) {
    new_index[i] = count;
    if (keep[i]) ++count;
  }
  new_index[ins.size()] = count;

  Assembled out;
  out.code.reserve(count);
  out.positions.reserve(count);
  for (size_t i = 0; i < ins.size(); ++i) {
    if (!keep[i]) continue;
    Op op = ins[i].op;
    uint32_t arg = ins[i].arg;
    if (is_jump(op)) {
      arg = new_index[arg];
      uint32_t self = static_cast<uint32_t>(out.code.size());
      if (is_unconditional_jump(op)) {
        op = arg <= self ? Op::JUMP_BACKWARD : Op::JUMP_FORWARD;
      } else if (arg <= self) {
        raise(exc_SystemError, "compiler bug: conditional backward jump");
      }
    }
    out.code.push_back(encode(op, check_operand(arg, "instructions")));
    out.positions.push_back(ins[i].pos);
  }

  std::string error;
  out.stacksize = compute_stacksize(out.code, &error);
  if (out.stacksize < 0) raise(exc_SystemError, "compiler bug: " + error);
  return out;
}

}  // namespace gilt::compiler
