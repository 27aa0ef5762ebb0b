#include "interpreter/compiler/stack_depth.hpp"

#include <algorithm>
#include <bit>

#include "interpreter/compiler/code_builder.hpp"
#include "runtime/errors.hpp"

namespace gilt::compiler {

StackIO stack_io(Op op, uint32_t arg, bool jumping) {
  const int n = static_cast<int>(arg);
  switch (op) {
    case Op::NOP:
      return {0, 0};
    case Op::POP_TOP:
      return {1, 0};
    case Op::PUSH_NULL:
      return {0, 1};
    case Op::DUP_TOP:
      return {0, 1};
    case Op::DUP_TOP_TWO:
      return {0, 2};
    case Op::ROT_TWO:
      return {2, 2};
    case Op::ROT_THREE:
      return {3, 3};
    case Op::ROT_FOUR:
      return {4, 4};
    case Op::COPY:
      return {0, 1};

    case Op::LOAD_CONST:
    case Op::LOAD_FAST:
    case Op::LOAD_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
    case Op::LOAD_GLOBAL:
    case Op::LOAD_NAME:
      return {0, 1};
    case Op::STORE_FAST:
    case Op::STORE_DEREF:
    case Op::STORE_GLOBAL:
    case Op::STORE_NAME:
      return {1, 0};
    case Op::DELETE_FAST:
    case Op::DELETE_DEREF:
    case Op::DELETE_GLOBAL:
    case Op::DELETE_NAME:
      return {0, 0};

    case Op::LOAD_ATTR:
      return {1, 1};
    case Op::STORE_ATTR:
      return {2, 0};
    case Op::DELETE_ATTR:
      return {1, 0};
    case Op::LOAD_METHOD:
      return {1, 2};
    case Op::BINARY_SUBSCR:
      return {2, 1};
    case Op::STORE_SUBSCR:
      return {3, 0};
    case Op::DELETE_SUBSCR:
      return {2, 0};
    case Op::BUILD_SLICE:
      return {n, 1};

    case Op::BINARY_OP:
      return {2, 1};
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_POSITIVE:
    case Op::UNARY_INVERT:
    case Op::UNARY_NOT:
      return {1, 1};
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP:
      return {2, 1};

    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
      return {0, 0};
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
      return {1, 0};
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
      return jumping ? StackIO{0, 0} : StackIO{1, 0};
    case Op::GET_ITER:
      return {1, 1};
    case Op::FOR_ITER:
      return jumping ? StackIO{1, 0} : StackIO{0, 1};

    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING:
      return {n, 1};
    case Op::BUILD_MAP:
      return {2 * n, 1};
    case Op::BUILD_CONST_KEY_MAP:
      return {n + 1, 1};
    // The container sits n deep and stays; only the new item is consumed.
    case Op::LIST_APPEND:
    case Op::SET_ADD:
    case Op::LIST_EXTEND:
    case Op::SET_UPDATE:
    case Op::DICT_UPDATE:
    case Op::DICT_MERGE:
      return {1, 0};
    case Op::MAP_ADD:
      return {2, 0};
    case Op::LIST_TO_TUPLE:
      return {1, 1};
    case Op::UNPACK_SEQUENCE:
      return {1, n};
    case Op::UNPACK_EX:
      return {1, (n & 0xff) + (n >> 8) + 1};
    case Op::FORMAT_VALUE:
      return (n & 4) ? StackIO{2, 1} : StackIO{1, 1};
    case Op::PRINT_EXPR:
      return {1, 0};

    case Op::KW_NAMES:
      return {0, 0};
    case Op::CALL:
      return {n + 2, 1};
    case Op::CALL_FUNCTION_EX:
      return {(n & 1) ? 4 : 3, 1};
    case Op::MAKE_FUNCTION:
      return {1 + std::popcount(static_cast<unsigned>(n & 15)), 1};
    case Op::RETURN_VALUE:
      return {1, 0};
    case Op::LOAD_BUILD_CLASS:
      return {0, 1};
    case Op::SETUP_ANNOTATIONS:
      return {0, 0};

    case Op::RAISE_VARARGS:
      return {n, 0};
    case Op::SETUP_FINALLY:
    case Op::SETUP_CLEANUP:
    case Op::SETUP_WITH:
      return jumping ? StackIO{0, 1} : StackIO{0, 0};
    case Op::POP_BLOCK:
      return {0, 0};
    case Op::PUSH_EXC_INFO:
      return {1, 2};
    case Op::POP_EXCEPT:
      return {1, 0};
    case Op::CHECK_EXC_MATCH:
      return {1, 1};
    case Op::RERAISE:
      return {1, 0};
    case Op::POP_EXCEPT_AND_RERAISE:
      return {3, 0};
    case Op::BEFORE_WITH:
      return {1, 2};
    case Op::WITH_EXIT:
      return {1, 0};
    case Op::WITH_EXCEPT_START:
      return {0, 1};
    case Op::LOAD_ASSERTION_ERROR:
      return {0, 1};

    // A resumed generator finds the value sent in pushed; the first resume pushes None, which
    // the POP_TOP after RETURN_GENERATOR drops.
    case Op::RETURN_GENERATOR:
      return {0, 1};
    case Op::YIELD_VALUE:
      return {1, 1};
    case Op::GET_YIELD_FROM_ITER:
      return {1, 1};
    case Op::SEND:
      return jumping ? StackIO{2, 1} : StackIO{1, 1};

    case Op::IMPORT_NAME:
      return {2, 1};
    case Op::IMPORT_FROM:
      return {0, 1};
    case Op::IMPORT_STAR:
      return {1, 0};

    case Op::kCount:
      break;
  }
  return {0, 0};
}

namespace {

struct Block {
  uint32_t handler;
  int level;
  bool operator==(const Block&) const = default;
};

struct State {
  int depth = -1;  // -1: not reached yet
  std::vector<Block> blocks;
};

}  // namespace

int compute_stacksize(const std::vector<uint32_t>& code, std::string* error) {
  std::vector<State> states(code.size());
  std::vector<uint32_t> work;
  int max_depth = 0;
  auto fail = [&](size_t ip, const std::string& what) {
    *error = cat("instruction ", ip, " (", op_name(op_of(code[ip])), "): ", what);
    return -1;
  };
  // Records the state at `target`; false when it conflicts with an earlier path.
  auto reach = [&](uint32_t target, int depth, const std::vector<Block>& blocks) {
    if (target >= code.size()) return false;
    State& s = states[target];
    if (s.depth < 0) {
      s.depth = depth;
      s.blocks = blocks;
      work.push_back(target);
      return true;
    }
    return s.depth == depth && s.blocks == blocks;
  };
  if (code.empty()) return 0;
  reach(0, 0, {});
  while (!work.empty()) {
    uint32_t ip = work.back();
    work.pop_back();
    const uint32_t word = code[ip];
    const Op op = op_of(word);
    const uint32_t arg = arg_of(word);
    const int depth = states[ip].depth;
    std::vector<Block> blocks = states[ip].blocks;

    StackIO io = stack_io(op, arg, false);
    if (depth < io.pops) return fail(ip, "stack underflow");
    if (!blocks.empty() && depth - io.pops < blocks.back().level)
      return fail(ip, cat("consumes values below its handler's level ", blocks.back().level));
    if (op == Op::RETURN_VALUE && !blocks.empty()) return fail(ip, "returns inside a block");

    if (is_jump(op)) {
      StackIO jio = stack_io(op, arg, true);
      int jdepth = depth - jio.pops + jio.pushes;
      max_depth = std::max(max_depth, jdepth);
      if (!reach(arg, jdepth, blocks)) return fail(ip, cat("inconsistent state at target ", arg));
    }
    if (ends_flow(op)) continue;
    if (is_block_setup(op)) {
      // The VM's frames hold CPython's CO_MAXBLOCKS (20) blocks; the compiler's fblock limit
      // keeps the dynamic nesting within it.
      if (blocks.size() >= 20) return fail(ip, "more than 20 nested blocks");
      blocks.push_back(Block{arg, depth});
    }
    if (op == Op::POP_BLOCK) {
      if (blocks.empty()) return fail(ip, "no block to pop");
      blocks.pop_back();
    }
    int next = depth - io.pops + io.pushes;
    max_depth = std::max(max_depth, next);
    if (ip + 1 >= code.size()) return fail(ip, "falls off the end of the code");
    if (!reach(ip + 1, next, blocks)) return fail(ip, "inconsistent state after it");
  }
  return max_depth;
}

}  // namespace gilt::compiler
