// The eval loop: one function that runs a frame and every Python frame it calls, without C++
// recursion for Python-to-Python calls (CALL pushes a frame and continues here; RETURN_VALUE
// pops back). Natives that call back into Python enter a nested eval_frame (vm_call.cpp).
//
// Dispatch is direct-threaded when GILT_COMPUTED_GOTO is defined (a table of label addresses
// built from opcodes.def, one indirect jump per instruction), a switch otherwise; CASE() and
// DISPATCH() read the same in both modes (Wren's scheme). The operand is decoded once, in
// DISPATCH. `ip`, `sp`, `fast` and `consts` live in locals; SYNC() stores ip and sp into the
// frame (Lua's savepc) before anything that can raise, call out or, later, drop the GIL, so the
// frame chain is always readable from outside.
//
// Python exceptions: natives throw PyException; the catch at the bottom of the loop turns it
// into `pending` and re-enters the loop at `error`, which adds the traceback entry and unwinds
// through the block stack (opcodes.def). `raise` and RERAISE in Python code reach `error` /
// `exception_unwind` directly, without a C++ throw. The catch reads the locals `frame`, `ip` and
// `sp`, which always describe the live stack: a handler pops an operand into a C++ temporary
// only after the last call that may throw, or owns it in the temporary (which unwinding frees).
//
// A handler body is a braced block followed by DISPATCH(): no C++ object with a destructor is
// ever alive at a computed goto.
#include <atomic>
#include <new>

#include "runtime/api.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/eval_breaker.hpp"
#include "runtime/generator.hpp"
#include "runtime/int.hpp"
#include "runtime/opcodes.hpp"
#include "runtime/range.hpp"  // SliceObject
#include "runtime/runtime.hpp"
#include "runtime/set.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt::vm {

namespace {

// The inline-int fast paths of BINARY_OP, writing the result over `out` (a slot holding an
// inline value, so nothing is released). False when the result needs the slow path
// (overflow, division by zero, negative shift, pow, @).
[[gnu::always_inline]] inline bool int_binary_fast(BinOp op, int64_t x, int64_t y, Value* out) {
  int64_t r;
  switch (plain_op(op)) {
    case BinOp::Add:
      if (__builtin_add_overflow(x, y, &r)) return false;
      break;
    case BinOp::Sub:
      if (__builtin_sub_overflow(x, y, &r)) return false;
      break;
    case BinOp::Mul:
      if (__builtin_mul_overflow(x, y, &r)) return false;
      break;
    case BinOp::FloorDiv:
      if (y == 0 || (y == -1 && x == INT64_MIN)) return false;
      r = x / y;
      if ((x % y != 0) && ((x ^ y) < 0)) --r;
      break;
    case BinOp::Mod:
      if (y == 0) return false;
      if (y == -1) {
        r = 0;  // INT64_MIN % -1 traps in C++
      } else {
        r = x % y;
        if (r != 0 && ((r ^ y) < 0)) r += y;
      }
      break;
    case BinOp::And:
      r = x & y;
      break;
    case BinOp::Or:
      r = x | y;
      break;
    case BinOp::Xor:
      r = x ^ y;
      break;
    case BinOp::LShift:
      if (y < 0 || y >= 63) return false;
      r = x << y;
      if ((r >> y) != x) return false;
      break;
    case BinOp::RShift:
      if (y < 0) return false;
      r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y;
      break;
    case BinOp::TrueDiv: {
      // Both exact as doubles: one correctly rounded division, as CPython's long_true_divide.
      constexpr int64_t kExact = int64_t{1} << 53;
      if (y == 0 || x > kExact || x < -kExact || y > kExact || y < -kExact) return false;
      new (out) Value(Value::floating(static_cast<double>(x) / static_cast<double>(y)));
      return true;
    }
    default:
      return false;
  }
  new (out) Value(Value::integer(r));
  return true;
}

// The same for two inline numbers, at least one a float.
[[gnu::always_inline]] inline bool float_binary_fast(BinOp op, double x, double y, Value* out) {
  double r;
  switch (plain_op(op)) {
    case BinOp::Add:
      r = x + y;
      break;
    case BinOp::Sub:
      r = x - y;
      break;
    case BinOp::Mul:
      r = x * y;
      break;
    case BinOp::TrueDiv:
      if (y == 0.0) return false;  // ZeroDivisionError comes from the slow path
      r = x / y;
      break;
    default:
      return false;
  }
  new (out) Value(Value::floating(r));
  return true;
}

inline bool is_inline_number(const Value& v) {
  return v.is_int() || v.is_float();
}
inline double as_double(const Value& v) {
  return v.is_float() ? v.as_float() : static_cast<double>(v.as_int());
}

// An int converts to a double exactly below 2**53; beyond that mixed arithmetic still converts
// (Python rounds int→float the same way) but comparisons must not.
inline bool exact_as_double(int64_t i) {
  constexpr int64_t kExact = int64_t{1} << 53;
  return i >= -kExact && i <= kExact;
}

template <class T>
inline bool compare_fast(CmpOp op, T x, T y) {
  switch (op) {
    case CmpOp::Lt:
      return x < y;
    case CmpOp::Le:
      return x <= y;
    case CmpOp::Eq:
      return x == y;
    case CmpOp::Ne:
      return x != y;
    case CmpOp::Gt:
      return x > y;
    case CmpOp::Ge:
      return x >= y;
  }
  return false;
}

// The number comparisons COMPARE_OP does inline; false when the generic protocol must decide.
[[gnu::always_inline]] inline bool number_compare_fast(CmpOp op, const Value& a, const Value& b,
                                                       bool& out) {
  if (a.is_int()) {
    if (b.is_int()) {
      out = compare_fast(op, a.as_int(), b.as_int());
      return true;
    }
    if (b.is_float() && exact_as_double(a.as_int())) {
      out = compare_fast(op, static_cast<double>(a.as_int()), b.as_float());
      return true;
    }
  } else if (a.is_float()) {
    if (b.is_float()) {
      out = compare_fast(op, a.as_float(), b.as_float());
      return true;
    }
    if (b.is_int() && exact_as_double(b.as_int())) {
      out = compare_fast(op, a.as_float(), static_cast<double>(b.as_int()));
      return true;
    }
  }
  return false;
}

// Truth of the inline values; -1 when the generic protocol must decide.
inline int truth_fast(const Value& v) {
  switch (v.tag()) {
    case Tag::Bool:
      return v.as_bool();
    case Tag::None:
      return 0;
    case Tag::Int:
      return v.as_int() != 0;
    case Tag::Float:
      return v.as_float() != 0.0;
    default:
      return -1;
  }
}

// A sequence item by inline int index when `c` is an exact list or tuple and the index is in
// range; null otherwise (the generic path raises the IndexError).
inline const Value* sequence_item_fast(const Value& c, const Value& k) {
  if (!k.is_int() || !c.is_obj()) return nullptr;
  TypeObject* t = c.as_obj()->type;
  const std::vector<Value>* items;
  if (t == list_type) {
    items = &c.as<ListObject>()->items;
  } else if (t == tuple_type) {
    items = &c.as<TupleObject>()->items;
  } else {
    return nullptr;
  }
  int64_t i = k.as_int();
  int64_t n = static_cast<int64_t>(items->size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) return nullptr;
  return &(*items)[static_cast<size_t>(i)];
}

[[noreturn]] void raise_unbound_local(StrObject* name) {
  raise(exc_UnboundLocalError, cat("cannot access local variable '", name->view(),
                                   "' where it is not associated with a value"));
}

// LOAD_DEREF and friends on an empty cell: a cellvar reads as an unbound local, a freevar as a
// variable of the enclosing scope (CPython's format_exc_unbound).
[[noreturn]] void raise_unbound_cell(const CodeObject* code, uint32_t i) {
  if (i < code->cellvars.size()) raise_unbound_local(code->cellvars[i].get());
  raise(exc_NameError,
        cat("cannot access free variable '", code->freevars[i - code->cellvars.size()]->view(),
            "' where it is not associated with a value in enclosing scope"));
}

StrObject* cell_name(const CodeObject* code, uint32_t i) {
  return i < code->cellvars.size() ? code->cellvars[i].get()
                                   : code->freevars[i - code->cellvars.size()].get();
}

// The uncached LOAD_GLOBAL: globals, then builtins; fills the cache entry on a hit.
Value load_global_slow(GlobalCacheEntry& entry, DictObject* globals, DictObject* builtins,
                       StrObject* name) {
  // Versions are read before the lookups: a lookup that runs code changing either dict leaves
  // an entry that simply misses next time.
  uint64_t gv = globals->version, bv = builtins->version;
  Value v = globals->get_str(name);
  if (v.is_null()) v = builtins->get_str(name);
  if (v.is_null()) raise_name_error(name);
  entry.globals_version = gv;
  entry.builtins_version = bv;
  entry.value = v;
  return v;
}

[[noreturn]] void raise_not_in_generator() {
  raise(exc_SystemError, "generator instruction outside a generator frame");
}

}  // namespace

// GCC merges the identical dispatch sequences that end every handler into one shared indirect
// jump ("cross-jumping"), which turns threaded code back into a switch and costs the branch
// predictor its per-opcode history; keep one jump per handler.
#if defined(GILT_COMPUTED_GOTO) && defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-crossjumping")))
#endif
Value eval_frame(ThreadState* ts, Frame* const entry, Value thrown) {
  Frame* frame = entry;
  // The registers: reloaded from `frame` by LOAD_REGISTERS() after every frame switch.
  CodeObject* code;
  const uint32_t* code_start;
  const uint32_t* ip;
  Value* sp;
  Value* fast;
  const Value* consts;
  DictObject* globals;
  uint32_t word;
  uint32_t oparg;
  TupleObject* kwnames = nullptr;     // set by KW_NAMES for the next CALL (borrowed from consts)
  Value pending = std::move(thrown);  // the exception being raised, between a raise and its handler
  DictObject* const builtins = runtime->builtins.get();
  const std::atomic<uint32_t>& breaker = ts->eval_breaker;

#define LOAD_REGISTERS()            \
  do {                              \
    code = frame->code;             \
    code_start = code->code.data(); \
    ip = frame->ip;                 \
    sp = frame->sp;                 \
    fast = frame->localsplus();     \
    consts = code->consts.data();   \
    globals = frame->globals;       \
  } while (0)
#define SYNC() (frame->ip = ip, frame->sp = sp)
// The value is computed before sp moves: it may read the stack, or throw.
#define PUSH(v)        \
  do {                 \
    new (sp) Value(v); \
    ++sp;              \
  } while (0)
#define POP() std::move(*--sp)
#define DROP() (--sp)->~Value()
#define JUMP_TO(target) (ip = code_start + (target))
#define NAME(i) code->names[i].get()
#define CHECK_EVAL_BREAKER()                            \
  do {                                                  \
    if (breaker.load(std::memory_order_relaxed) != 0) { \
      SYNC();                                           \
      handle_eval_breaker(ts);                          \
    }                                                   \
  } while (0)

#if defined(GILT_COMPUTED_GOTO)
  static void* const kDispatchTable[] = {
#define OP(name, operand) &&L_##name,
#include "runtime/opcodes.def"
#undef OP
  };
#define CASE(name) L_##name:
#define DISPATCH()                     \
  do {                                 \
    word = *ip++;                      \
    oparg = word >> 8;                 \
    goto* kDispatchTable[word & 0xff]; \
  } while (0)
#define BEGIN_DISPATCH() DISPATCH();
#define END_DISPATCH()
#else
#define CASE(name) case Op::name:
#define DISPATCH() goto dispatch
#define BEGIN_DISPATCH() \
  dispatch:              \
  word = *ip++;          \
  oparg = word >> 8;     \
  switch (static_cast<Op>(word & 0xff)) {
#define END_DISPATCH() \
  case Op::kCount:     \
    break;             \
    }                  \
    raise(exc_SystemError, cat("unknown opcode ", word & 0xff));
#endif

  LOAD_REGISTERS();
  for (;;) {
    try {
      if (!pending.is_null()) goto error;
      CHECK_EVAL_BREAKER();  // a Python function's entry is a safe point
      BEGIN_DISPATCH()

      // --- stack manipulation ---
      CASE(NOP) {}
      DISPATCH();

      CASE(POP_TOP) {
        DROP();
      }
      DISPATCH();

      CASE(PUSH_NULL) {
        PUSH(Value());
      }
      DISPATCH();

      CASE(DUP_TOP) {
        PUSH(sp[-1]);
      }
      DISPATCH();

      CASE(DUP_TOP_TWO) {
        PUSH(sp[-2]);
        PUSH(sp[-2]);
      }
      DISPATCH();

      CASE(ROT_TWO) {
        sp[-1].swap(sp[-2]);
      }
      DISPATCH();

      CASE(ROT_THREE) {
        sp[-1].swap(sp[-2]);
        sp[-2].swap(sp[-3]);
      }
      DISPATCH();

      CASE(ROT_FOUR) {
        sp[-1].swap(sp[-2]);
        sp[-2].swap(sp[-3]);
        sp[-3].swap(sp[-4]);
      }
      DISPATCH();

      CASE(COPY) {
        PUSH(sp[-static_cast<ptrdiff_t>(oparg)]);
      }
      DISPATCH();

      // --- constants and names ---
      CASE(LOAD_CONST) {
        PUSH(consts[oparg]);
      }
      DISPATCH();

      CASE(LOAD_FAST) {
        const Value& v = fast[oparg];
        if (v.is_null()) {
          SYNC();
          raise_unbound_local(code->varnames[oparg].get());
        }
        PUSH(v);
      }
      DISPATCH();

      CASE(STORE_FAST) {
        // The old value is released after the slot holds the new one.
        Value old(std::move(fast[oparg]));
        --sp;
        new (&fast[oparg]) Value(std::move(*sp));
      }
      DISPATCH();

      CASE(DELETE_FAST) {
        if (fast[oparg].is_null()) {
          SYNC();
          raise_unbound_local(code->varnames[oparg].get());
        }
        fast[oparg] = Value();
      }
      DISPATCH();

      CASE(LOAD_DEREF) {
        const Value& v = fast[code->nlocals() + oparg].as<CellObject>()->value;
        if (v.is_null()) {
          SYNC();
          raise_unbound_cell(code, oparg);
        }
        PUSH(v);
      }
      DISPATCH();

      CASE(STORE_DEREF) {
        fast[code->nlocals() + oparg].as<CellObject>()->value = POP();
      }
      DISPATCH();

      CASE(DELETE_DEREF) {
        CellObject* cell = fast[code->nlocals() + oparg].as<CellObject>();
        if (cell->value.is_null()) {
          SYNC();
          raise_unbound_cell(code, oparg);
        }
        cell->value = Value();
      }
      DISPATCH();

      CASE(LOAD_CLOSURE) {
        PUSH(fast[code->nlocals() + oparg]);
      }
      DISPATCH();

      CASE(LOAD_CLASSDEREF) {
        SYNC();
        Value v = frame->locals ? frame->locals->get_str(cell_name(code, oparg)) : Value();
        if (v.is_null()) {
          v = fast[code->nlocals() + oparg].as<CellObject>()->value;
          if (v.is_null()) raise_unbound_cell(code, oparg);
        }
        PUSH(std::move(v));
      }
      DISPATCH();

      CASE(LOAD_GLOBAL) {
        GlobalCacheEntry& entry = code->global_cache[oparg];
        if (entry.globals_version == globals->version &&
            entry.builtins_version == builtins->version) {
          PUSH(entry.value);
        } else {
          SYNC();
          PUSH(load_global_slow(entry, globals, builtins, NAME(oparg)));
        }
      }
      DISPATCH();

      CASE(STORE_GLOBAL) {
        SYNC();
        globals->set(Value(NAME(oparg)), sp[-1]);
        DROP();
      }
      DISPATCH();

      CASE(DELETE_GLOBAL) {
        SYNC();
        if (!globals->remove(Value(NAME(oparg)))) raise_name_error(NAME(oparg));
      }
      DISPATCH();

      CASE(LOAD_NAME) {
        SYNC();
        StrObject* name = NAME(oparg);
        Value v = frame->locals ? frame->locals->get_str(name) : Value();
        if (v.is_null()) v = globals->get_str(name);
        if (v.is_null()) v = builtins->get_str(name);
        if (v.is_null()) raise_name_error(name);
        PUSH(std::move(v));
      }
      DISPATCH();

      CASE(STORE_NAME) {
        SYNC();
        StrObject* name = NAME(oparg);
        if (!frame->locals)
          raise(exc_SystemError, cat("no locals found when storing '", name->view(), "'"));
        frame->locals->set(Value(name), sp[-1]);
        DROP();
      }
      DISPATCH();

      CASE(DELETE_NAME) {
        SYNC();
        StrObject* name = NAME(oparg);
        if (!frame->locals || !frame->locals->remove(Value(name))) raise_name_error(name);
      }
      DISPATCH();

      // --- attributes and items ---
      CASE(LOAD_ATTR) {
        SYNC();
        sp[-1] = get_attr(sp[-1], NAME(oparg));
      }
      DISPATCH();

      CASE(STORE_ATTR) {
        SYNC();
        set_attr(sp[-1], NAME(oparg), sp[-2]);
        DROP();
        DROP();
      }
      DISPATCH();

      CASE(DELETE_ATTR) {
        SYNC();
        del_attr(sp[-1], NAME(oparg));
        DROP();
      }
      DISPATCH();

      CASE(LOAD_METHOD) {
        SYNC();
        bool is_method = false;
        Value attr = get_method(sp[-1], NAME(oparg), is_method);
        if (is_method) {  // meth self
          Value self = std::move(sp[-1]);
          sp[-1] = std::move(attr);
          PUSH(std::move(self));
        } else {  // NULL attr
          sp[-1] = Value();
          PUSH(std::move(attr));
        }
      }
      DISPATCH();

      CASE(BINARY_SUBSCR) {
        const Value* item = sequence_item_fast(sp[-2], sp[-1]);
        Value result;
        if (item) {
          result = *item;
        } else {
          SYNC();
          if (is_exact(sp[-2], dict_type)) result = sp[-2].as<DictObject>()->get(sp[-1]);
          if (result.is_null()) result = get_item(sp[-2], sp[-1]);
        }
        DROP();
        sp[-1] = std::move(result);
      }
      DISPATCH();

      CASE(STORE_SUBSCR) {  // v container key
        const Value& container = sp[-2];
        const Value& key = sp[-1];
        SYNC();
        if (key.is_int() && is_exact(container, list_type)) {
          std::vector<Value>& items = container.as<ListObject>()->items;
          int64_t i = key.as_int();
          int64_t n = static_cast<int64_t>(items.size());
          if (i < 0) i += n;
          if (i >= 0 && i < n) {
            items[static_cast<size_t>(i)] = sp[-3];
          } else {
            set_item(container, key, sp[-3]);
          }
        } else if (is_exact(container, dict_type)) {
          container.as<DictObject>()->set(key, sp[-3]);
        } else {
          set_item(container, key, sp[-3]);
        }
        DROP();
        DROP();
        DROP();
      }
      DISPATCH();

      CASE(DELETE_SUBSCR) {
        SYNC();
        del_item(sp[-2], sp[-1]);
        DROP();
        DROP();
      }
      DISPATCH();

      CASE(BUILD_SLICE) {
        SYNC();
        Value step = oparg == 3 ? POP() : Value::none();
        Value slice(new SliceObject(sp[-2], sp[-1], std::move(step)));
        DROP();
        sp[-1] = std::move(slice);
      }
      DISPATCH();

      // --- operators ---
      CASE(BINARY_OP) {
        const Value& a = sp[-2];
        const Value& b = sp[-1];
        BinOp op = static_cast<BinOp>(oparg);
        if (a.is_int() && b.is_int()
                ? int_binary_fast(op, a.as_int(), b.as_int(), sp - 2)
                : is_inline_number(a) && is_inline_number(b) &&
                      float_binary_fast(op, as_double(a), as_double(b), sp - 2)) {
          --sp;  // both operands were inline: the result overwrote `a`, `b` needs no release
        } else {
          SYNC();
          Value result = a.is_int() && b.is_int() ? int_binary(op, a, b) : Value();
          if (result.is_null()) result = binary_op(op, a, b);
          DROP();
          sp[-1] = std::move(result);
        }
      }
      DISPATCH();

      CASE(UNARY_NEGATIVE) {
        Value& v = sp[-1];
        if (v.is_int() && v.as_int() != INT64_MIN) {
          v = Value::integer(-v.as_int());
        } else if (v.is_float()) {
          v = Value::floating(-v.as_float());
        } else {
          SYNC();
          v = unary_op(UnOp::Neg, v);
        }
      }
      DISPATCH();

      CASE(UNARY_POSITIVE) {
        if (!sp[-1].is_int() && !sp[-1].is_float()) {
          SYNC();
          sp[-1] = unary_op(UnOp::Pos, sp[-1]);
        }
      }
      DISPATCH();

      CASE(UNARY_INVERT) {
        Value& v = sp[-1];
        if (v.is_int()) {
          v = Value::integer(~v.as_int());
        } else {
          SYNC();
          v = unary_op(UnOp::Invert, v);
        }
      }
      DISPATCH();

      CASE(UNARY_NOT) {
        int t = truth_fast(sp[-1]);
        if (t < 0) {
          SYNC();
          t = truthy(sp[-1]);
        }
        sp[-1] = Value::boolean(!t);
      }
      DISPATCH();

      CASE(COMPARE_OP) {
        CmpOp op = static_cast<CmpOp>(oparg);
        bool fast_result;
        if (number_compare_fast(op, sp[-2], sp[-1], fast_result)) {
          --sp;  // both inline
          new (sp - 1) Value(Value::boolean(fast_result));
        } else {
          SYNC();
          Value result = compare(sp[-2], sp[-1], op);
          DROP();
          sp[-1] = std::move(result);
        }
      }
      DISPATCH();

      CASE(IS_OP) {
        bool r = sp[-2].is(sp[-1]) != (oparg != 0);
        DROP();
        sp[-1] = Value::boolean(r);
      }
      DISPATCH();

      CASE(CONTAINS_OP) {
        SYNC();
        bool r = contains(sp[-1], sp[-2]) != (oparg != 0);
        DROP();
        sp[-1] = Value::boolean(r);
      }
      DISPATCH();

      // --- control flow ---
      CASE(JUMP_FORWARD) {
        JUMP_TO(oparg);
      }
      DISPATCH();

      CASE(JUMP_BACKWARD) {
        JUMP_TO(oparg);
        CHECK_EVAL_BREAKER();
      }
      DISPATCH();

      CASE(POP_JUMP_IF_FALSE) {
        int t = truth_fast(sp[-1]);
        if (t < 0) {
          SYNC();
          t = truthy(sp[-1]);
        }
        DROP();
        if (!t) JUMP_TO(oparg);
      }
      DISPATCH();

      CASE(POP_JUMP_IF_TRUE) {
        int t = truth_fast(sp[-1]);
        if (t < 0) {
          SYNC();
          t = truthy(sp[-1]);
        }
        DROP();
        if (t) JUMP_TO(oparg);
      }
      DISPATCH();

      CASE(POP_JUMP_IF_NONE) {
        bool none = sp[-1].is_none();
        DROP();
        if (none) JUMP_TO(oparg);
      }
      DISPATCH();

      CASE(POP_JUMP_IF_NOT_NONE) {
        bool none = sp[-1].is_none();
        DROP();
        if (!none) JUMP_TO(oparg);
      }
      DISPATCH();

      CASE(JUMP_IF_FALSE_OR_POP) {
        int t = truth_fast(sp[-1]);
        if (t < 0) {
          SYNC();
          t = truthy(sp[-1]);
        }
        if (t) {
          DROP();
        } else {
          JUMP_TO(oparg);
        }
      }
      DISPATCH();

      CASE(JUMP_IF_TRUE_OR_POP) {
        int t = truth_fast(sp[-1]);
        if (t < 0) {
          SYNC();
          t = truthy(sp[-1]);
        }
        if (t) {
          JUMP_TO(oparg);
        } else {
          DROP();
        }
      }
      DISPATCH();

      CASE(GET_ITER) {
        SYNC();
        sp[-1] = get_iter(sp[-1]);
      }
      DISPATCH();

      CASE(FOR_ITER) {
        const Value& it = sp[-1];
        TypeObject* type = type_of(it);
        if (type == generator_type) {
          // Resumed in this loop: its yield comes back here with the item pushed, its return
          // ends the loop (RETURN_VALUE reads this FOR_ITER), nothing is allocated.
          GeneratorObject* g = it.as<GeneratorObject>();
          if (g->state == GenState::Finished) {
            DROP();
            JUMP_TO(oparg);
          } else {
            SYNC();
            frame = enter_generator(ts, g, Value::none());
            LOAD_REGISTERS();
          }
        } else {
          NextSlot next = type->next;
          Value item;
          SYNC();
          if (next ? next(it, item) : iter_next(it, item)) {
            PUSH(std::move(item));
          } else {
            DROP();
            JUMP_TO(oparg);
          }
        }
      }
      DISPATCH();

      // --- building ---
      CASE(BUILD_TUPLE) {
        SYNC();
        std::vector<Value> items(std::make_move_iterator(sp - oparg), std::make_move_iterator(sp));
        Value tuple = new_tuple(std::move(items));
        for (uint32_t i = 0; i < oparg; ++i)
          DROP();
        PUSH(std::move(tuple));
      }
      DISPATCH();

      CASE(BUILD_LIST) {
        SYNC();
        std::vector<Value> items(std::make_move_iterator(sp - oparg), std::make_move_iterator(sp));
        Value list = new_list(std::move(items));
        for (uint32_t i = 0; i < oparg; ++i)
          DROP();
        PUSH(std::move(list));
      }
      DISPATCH();

      CASE(BUILD_SET) {
        SYNC();
        Value set = new_set();
        for (Value* p = sp - oparg; p < sp; ++p)
          set.as<SetObject>()->add(*p);
        for (uint32_t i = 0; i < oparg; ++i)
          DROP();
        PUSH(std::move(set));
      }
      DISPATCH();

      CASE(BUILD_MAP) {
        SYNC();
        Value dict = new_dict();
        for (Value* p = sp - 2 * oparg; p < sp; p += 2)
          dict.as<DictObject>()->set(p[0], p[1]);
        for (uint32_t i = 0; i < 2 * oparg; ++i)
          DROP();
        PUSH(std::move(dict));
      }
      DISPATCH();

      CASE(BUILD_CONST_KEY_MAP) {
        SYNC();
        Value dict = new_dict();
        const std::vector<Value>& keys = sp[-1].as<TupleObject>()->items;
        Value* values = sp - 1 - oparg;
        for (uint32_t i = 0; i < oparg; ++i)
          dict.as<DictObject>()->set(keys[i], values[i]);
        for (uint32_t i = 0; i <= oparg; ++i)
          DROP();
        PUSH(std::move(dict));
      }
      DISPATCH();

      CASE(BUILD_STRING) {
        SYNC();
        Value s = build_string(sp - oparg, oparg);
        for (uint32_t i = 0; i < oparg; ++i)
          DROP();
        PUSH(std::move(s));
      }
      DISPATCH();

      CASE(LIST_APPEND) {  // list ... v: the list is peek(n) once v is popped
        ListObject* list = sp[-1 - static_cast<ptrdiff_t>(oparg)].as<ListObject>();
        list->items.push_back(POP());
      }
      DISPATCH();

      CASE(SET_ADD) {
        SYNC();
        sp[-1 - static_cast<ptrdiff_t>(oparg)].as<SetObject>()->add(sp[-1]);
        DROP();
      }
      DISPATCH();

      CASE(MAP_ADD) {  // dict ... k v
        SYNC();
        sp[-2 - static_cast<ptrdiff_t>(oparg)].as<DictObject>()->set(sp[-2], sp[-1]);
        DROP();
        DROP();
      }
      DISPATCH();

      CASE(LIST_EXTEND) {
        SYNC();
        list_extend(sp[-1 - static_cast<ptrdiff_t>(oparg)].as<ListObject>(), sp[-1]);
        DROP();
      }
      DISPATCH();

      CASE(SET_UPDATE) {
        SYNC();
        set_update(sp[-1 - static_cast<ptrdiff_t>(oparg)], sp[-1]);
        DROP();
      }
      DISPATCH();

      CASE(DICT_UPDATE) {
        SYNC();
        dict_update(sp[-1 - static_cast<ptrdiff_t>(oparg)].as<DictObject>(), sp[-1]);
        DROP();
      }
      DISPATCH();

      CASE(DICT_MERGE) {  // NULL f args dict ... mapping: f is peek(n + 2) once mapping is popped
        SYNC();
        dict_merge(sp[-1 - static_cast<ptrdiff_t>(oparg)].as<DictObject>(), sp[-1],
                   sp[-3 - static_cast<ptrdiff_t>(oparg)]);
        DROP();
      }
      DISPATCH();

      CASE(LIST_TO_TUPLE) {
        SYNC();
        ListObject* list = sp[-1].as<ListObject>();
        // The list is the compiler's temporary: its items can move when nothing else sees it.
        Value tuple =
            list->refcnt == 1 ? new_tuple(std::move(list->items)) : new_tuple(list->items);
        sp[-1] = std::move(tuple);
      }
      DISPATCH();

      CASE(UNPACK_SEQUENCE) {
        const Value& seq = sp[-1];
        const std::vector<Value>* items = nullptr;
        if (is_exact(seq, tuple_type)) {
          items = &seq.as<TupleObject>()->items;
        } else if (is_exact(seq, list_type)) {
          items = &seq.as<ListObject>()->items;
        }
        if (items && items->size() == oparg) {
          Value owner = POP();  // keeps the items alive while they are copied
          for (size_t i = oparg; i-- > 0;)
            PUSH((*items)[i]);
        } else {
          SYNC();
          Value owner = POP();
          unpack_iterable(owner, oparg, -1, sp);
          sp += oparg;
        }
      }
      DISPATCH();

      CASE(UNPACK_EX) {
        SYNC();
        size_t before = oparg & 0xff;
        int after = static_cast<int>(oparg >> 8);
        Value owner = POP();
        unpack_iterable(owner, before, after, sp);
        sp += before + 1 + static_cast<size_t>(after);
      }
      DISPATCH();

      CASE(FORMAT_VALUE) {
        bool has_spec = (oparg & 4) != 0;
        Value* value = has_spec ? sp - 2 : sp - 1;
        if (has_spec || (oparg & 3) != 0 || !is_exact(*value, str_type)) {
          SYNC();
          Value s = format_value_op(*value, oparg, has_spec ? sp - 1 : nullptr);
          if (has_spec) DROP();
          sp[-1] = std::move(s);
        }
      }
      DISPATCH();

      CASE(PRINT_EXPR) {
        SYNC();
        print_expr(sp[-1]);
        DROP();
      }
      DISPATCH();

      // --- calls and functions ---
      CASE(KW_NAMES) {
        kwnames = consts[oparg].as<TupleObject>();
      }
      DISPATCH();

      CASE(CALL) {
        TupleObject* kw = kwnames;
        kwnames = nullptr;
        size_t nkw = kw ? kw->size() : 0;
        Value* base = sp - oparg - 2;  // NULL f args...  |  meth self args...
        Value* callee = base + 1;
        size_t nargs = oparg;
        if (!base[0].is_null()) {
          callee = base;
          ++nargs;
        } else if (is_bound_method(*callee)) {
          // f(args) on a bound method becomes meth(self, args) in place, without a new array.
          BoundMethodObject* m = callee->as<BoundMethodObject>();
          base[0] = m->func;
          base[1] = m->self;  // may free m: the stack holds func and self now
          callee = base;
          ++nargs;
        }
        size_t npos = nargs - nkw;
        SYNC();
        if (is_function(*callee)) {
          FunctionObject* fn = callee->as<FunctionObject>();
          Frame* callee_frame;
          if (kw == nullptr && is_simple_call(fn->code.get(), npos)) {
            callee_frame = push_simple_call(ts, fn, callee + 1, npos);
            // The arguments moved into the new frame and left Nulls behind.
            base[0].~Value();
            base[1].~Value();
            sp = base;
          } else {
            callee_frame = push_call(ts, fn, callee + 1, npos, kw);
            while (sp > base)
              DROP();
          }
          frame->sp = sp;
          frame = callee_frame;
          LOAD_REGISTERS();
          CHECK_EVAL_BREAKER();
        } else {
          Value result;
          if (is_native(*callee)) {
            NativeFunctionObject* nf = callee->as<NativeFunctionObject>();
            if (nf->self.is_null()) {
              result = nf->fn(CallArgs{callee + 1, npos, kw, nkw});
            } else if (callee == base + 1) {
              // A bound builtin method: its self goes in the NULL slot, before the arguments.
              base[0] = *callee;
              base[1] = nf->self;
              result = nf->fn(CallArgs{base + 1, npos + 1, kw, nkw});
            } else {
              result = call(*callee, CallArgs{callee + 1, npos, kw, nkw});
            }
          } else {
            result = call(*callee, CallArgs{callee + 1, npos, kw, nkw});
          }
          while (sp > base)
            DROP();
          PUSH(std::move(result));
          CHECK_EVAL_BREAKER();
        }
      }
      DISPATCH();

      CASE(CALL_FUNCTION_EX) {  // NULL f args [kwargs]
        Value* base = sp - 3 - (oparg & 1);
        SYNC();
        {
          ExCallArgs ex;
          prepare_ex_call(base[1], base[2], (oparg & 1) ? &base[3] : nullptr, ex);
          const Value* target = &base[1];
          if (is_bound_method(*target) && is_function(target->as<BoundMethodObject>()->func)) {
            // Keep Python-to-Python calls in this loop: meth(self, *args) directly.
            ex.values.insert(ex.values.begin(), target->as<BoundMethodObject>()->self);
            ++ex.npos;
            target = &target->as<BoundMethodObject>()->func;
          }
          if (is_function(*target)) {
            Frame* callee_frame = push_call(ts, target->as<FunctionObject>(), ex.values.data(),
                                            ex.npos, ex.kwnames.get());
            while (sp > base)
              DROP();
            frame->sp = sp;
            frame = callee_frame;
            LOAD_REGISTERS();
            CHECK_EVAL_BREAKER();
          } else {
            Value result = call(*target, CallArgs{ex.values.data(), ex.npos, ex.kwnames.get(),
                                                  ex.values.size() - ex.npos});
            while (sp > base)
              DROP();
            PUSH(std::move(result));
            CHECK_EVAL_BREAKER();
          }
        }
      }
      DISPATCH();

      CASE(MAKE_FUNCTION) {
        SYNC();
        uint32_t nitems = 1 + __builtin_popcount(oparg & 0xf);
        Value fn = make_function(sp - nitems, oparg, globals);
        for (uint32_t i = 0; i < nitems; ++i)
          DROP();
        PUSH(std::move(fn));
      }
      DISPATCH();

      CASE(RETURN_VALUE) {
        Value result = POP();
        Frame* caller = frame->back;
        if (!frame->generator) {
          if (frame == entry) {
            pop_frame(ts, frame, sp);
            return result;
          }
          pop_frame(ts, frame, sp);
          frame = caller;
          LOAD_REGISTERS();
          PUSH(std::move(result));
        } else {
          bool was_entry = frame == entry;
          finish_generator(ts, frame, sp);
          if (was_entry) return result;  // the native resumer sees the generator finished
          // Resumed by the caller's FOR_ITER (the loop ends) or SEND (`yield from` is done and
          // its value is the result): both jump to their operand.
          frame = caller;
          LOAD_REGISTERS();
          uint32_t resumer = ip[-1];
          if (static_cast<Op>(resumer & 0xff) == Op::FOR_ITER) {
            DROP();
          } else {
            sp[-1] = std::move(result);
          }
          JUMP_TO(resumer >> 8);
        }
      }
      DISPATCH();

      CASE(LOAD_BUILD_CLASS) {
        SYNC();
        PUSH(load_build_class());
      }
      DISPATCH();

      CASE(SETUP_ANNOTATIONS) {
        SYNC();
        setup_annotations(frame->locals);
      }
      DISPATCH();

      // --- exceptions ---
      CASE(RAISE_VARARGS) {
        SYNC();
        if (oparg == 0) {
          // A bare `raise` re-raises the handled exception as it is: no new traceback entry.
          if (ts->handled_exc.is_null()) raise(exc_RuntimeError, "No active exception to reraise");
          pending = ts->handled_exc;
          goto exception_unwind;
        }
        {
          Value cause = oparg == 2 ? POP() : Value();
          Value exc = POP();
          pending = prepare_raise(exc, oparg == 2 ? &cause : nullptr);
        }
        chain_context(ts, pending, /*overwrite=*/true);
        goto error;
      }

      CASE(SETUP_FINALLY)
      CASE(SETUP_CLEANUP)
      CASE(SETUP_WITH) {
        if (frame->nblocks == kMaxBlocks) {
          SYNC();
          raise(exc_SystemError, "too many statically nested blocks");
        }
        frame->blocks[frame->nblocks++] =
            Block{oparg, static_cast<uint32_t>(sp - frame->stack_base)};
      }
      DISPATCH();

      CASE(POP_BLOCK) {
        --frame->nblocks;
      }
      DISPATCH();

      CASE(PUSH_EXC_INFO) {  // exc -> prev exc
        // A generator saves its own handled exception, not the one it sees from its resumer.
        GeneratorObject* g = frame->generator;
        const Value& own = g ? g->exc_state : ts->handled_exc;
        Value prev = own.is_null() ? Value::none() : own;
        if (g) g->exc_state = sp[-1];
        ts->handled_exc = sp[-1];
        PUSH(std::move(prev));
        sp[-1].swap(sp[-2]);
      }
      DISPATCH();

      CASE(POP_EXCEPT) {
        Value prev = POP();
        if (frame->generator) {
          restore_handled_exception(ts, frame, std::move(prev));
        } else {
          ts->handled_exc = prev.is_none() ? Value() : std::move(prev);
        }
      }
      DISPATCH();

      CASE(CHECK_EXC_MATCH) {  // exc T -> exc bool
        SYNC();
        bool match = exception_matches(sp[-2], sp[-1]);
        sp[-1] = Value::boolean(match);
      }
      DISPATCH();

      CASE(RERAISE) {
        pending = POP();
        goto exception_unwind;
      }

      CASE(POP_EXCEPT_AND_RERAISE) {  // prev exc new
        pending = POP();
        DROP();
        Value prev = POP();
        if (frame->generator) {
          restore_handled_exception(ts, frame, std::move(prev));
        } else {
          ts->handled_exc = prev.is_none() ? Value() : std::move(prev);
        }
        goto exception_unwind;
      }

      CASE(BEFORE_WITH) {  // mgr -> bound_exit enter_result
        SYNC();
        Value exit;
        Value entered = before_with(sp[-1], exit);
        sp[-1] = std::move(exit);
        PUSH(std::move(entered));
      }
      DISPATCH();

      CASE(WITH_EXIT) {
        SYNC();
        call(sp[-1], {Value::none(), Value::none(), Value::none()});
        DROP();
      }
      DISPATCH();

      CASE(WITH_EXCEPT_START) {  // bound_exit prev exc -> bound_exit prev exc result
        SYNC();
        const Value& exc = sp[-1];
        Value result = call(sp[-3], {Value(type_of(exc)), exc, traceback_value(exc)});
        PUSH(std::move(result));
      }
      DISPATCH();

      CASE(LOAD_ASSERTION_ERROR) {
        PUSH(Value(exc_AssertionError));
      }
      DISPATCH();

      // --- generators (frame.hpp: generator frames are linked in on resume, out on yield) ---
      CASE(RETURN_GENERATOR) {
        SYNC();
        if (frame->generator) raise_not_in_generator();
        Value gen = make_generator(frame);  // takes the arguments: this frame is left empty
        Frame* caller = frame->back;
        if (frame == entry) {
          pop_frame(ts, frame, sp);
          return gen;
        }
        pop_frame(ts, frame, sp);
        frame = caller;
        LOAD_REGISTERS();
        PUSH(std::move(gen));
      }
      DISPATCH();

      CASE(YIELD_VALUE) {
        if (!frame->generator) {
          SYNC();
          raise_not_in_generator();
        }
        Value value = POP();
        SYNC();
        Frame* resumer = frame->back;
        bool was_entry = frame == entry;
        suspend_generator(ts, frame);
        if (was_entry) return value;
        // Back to the FOR_ITER or SEND that resumed this frame, with the item on its stack.
        frame = resumer;
        LOAD_REGISTERS();
        PUSH(std::move(value));
      }
      DISPATCH();

      CASE(SEND) {  // iter v -> iter result  |  -> return_value, jumps
        if (is_generator(sp[-2])) {
          GeneratorObject* g = sp[-2].as<GeneratorObject>();
          if (g->state == GenState::Finished) {
            DROP();
            sp[-1] = Value::none();
            JUMP_TO(oparg);
          } else {
            SYNC();
            Frame* callee = enter_generator(ts, g, sp[-1]);  // copies v onto its stack
            DROP();
            frame->sp = sp;
            frame = callee;
            LOAD_REGISTERS();
          }
        } else {
          SYNC();
          Value out;
          bool produced = send_to_iterator(sp[-2], sp[-1], out);
          DROP();
          if (produced) {
            PUSH(std::move(out));
          } else {
            sp[-1] = std::move(out);
            JUMP_TO(oparg);
          }
        }
      }
      DISPATCH();

      CASE(GET_YIELD_FROM_ITER) {
        SYNC();
        sp[-1] = get_iter(sp[-1]);
      }
      DISPATCH();

      // --- modules ---
      CASE(IMPORT_NAME) {  // level fromlist -> module
        SYNC();
        Value module = import_name(NAME(oparg), sp[-1], static_cast<int>(sp[-2].as_int()), globals);
        DROP();
        sp[-1] = std::move(module);
      }
      DISPATCH();

      CASE(IMPORT_FROM) {
        SYNC();
        PUSH(import_from(sp[-1], NAME(oparg)));
      }
      DISPATCH();

      CASE(IMPORT_STAR) {
        SYNC();
        import_star(sp[-1], frame->locals);
        DROP();
      }
      DISPATCH();

      END_DISPATCH()

    error:
      add_traceback_entry(pending, code, static_cast<int32_t>(ip - code_start) - 1);
    exception_unwind:
      kwnames = nullptr;
      for (;;) {
        if (frame->nblocks > 0) {
          const Block& handler = frame->blocks[--frame->nblocks];
          Value* level = frame->stack_base + handler.level;
          while (sp > level)
            DROP();
          PUSH(std::move(pending));
          JUMP_TO(handler.handler);
          break;
        }
        Frame* caller = frame->back;
        if (!frame->generator) {
          if (frame == entry) {
            pop_frame(ts, frame, sp);
            goto leave_with_exception;
          }
          pop_frame(ts, frame, sp);
        } else {
          // PEP 479 first: it allocates, and the frame must still be intact if that fails.
          pending = generator_exit_exception(pending);
          bool was_entry = frame == entry;
          finish_generator(ts, frame, sp);
          if (was_entry) goto leave_with_exception;
        }
        frame = caller;
        LOAD_REGISTERS();
        // The exception arrives at the caller's CALL: one entry for that frame.
        add_traceback_entry(pending, code, static_cast<int32_t>(ip - code_start) - 1);
      }
      DISPATCH();
    } catch (PyException& e) {
      pending = std::move(e.exc);
      chain_arriving(ts, pending);
    } catch (std::bad_alloc&) {
      pending = memory_error();
      chain_context(ts, pending, /*overwrite=*/false);
    } catch (std::exception& e) {
      pending = system_error(e.what());
      chain_context(ts, pending, /*overwrite=*/false);
    }
  }

leave_with_exception:
  throw PyException{std::move(pending)};

#undef LOAD_REGISTERS
#undef SYNC
#undef PUSH
#undef POP
#undef DROP
#undef JUMP_TO
#undef NAME
#undef CHECK_EVAL_BREAKER
#undef CASE
#undef DISPATCH
#undef BEGIN_DISPATCH
#undef END_DISPATCH
}

}  // namespace gilt::vm
