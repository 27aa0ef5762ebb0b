// Frames: the activation record of one running code object, and the per-thread arena they live
// in. VM-private: code outside runtime/vm*.cpp reaches frames only through vm.hpp's helpers.
//
// A frame is one contiguous allocation: this header, then `localsplus` (the fast locals, then
// one cell per cellvar and freevar), then the value stack sized by code->stacksize. Frames are
// pushed and popped in LIFO order from the thread's FrameArena, so a call costs a bump of a
// pointer, never a `new`.
//
// Generator frames are the exception: they outlive the call that made them and are resumed in
// any order, so they cannot live in the LIFO arena. RETURN_GENERATOR moves the arena frame's
// slots (the bound arguments and cells; the stack is empty) once into a frame carved from the
// generator object's own allocation, and the generator frame never moves again: a resume links
// it on top of the thread's chain (`back` = the resumer, ts->frame = it) and a yield unlinks it,
// so resuming costs a few pointer stores and no copy or allocation. This is CPython 3.11's
// layout (gi_iframe embedded in the generator); the alternative, copying the slots out to the
// heap on every yield and back on every resume, costs O(locals + stack) per step and a second
// copy of the frame's state to keep coherent. `generator` tells the VM which frames are
// generator frames (their exits unlink instead of popping the arena).
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/code.hpp"
#include "runtime/function.hpp"

namespace gilt {

struct DictObject;
struct GeneratorObject;

constexpr int kMaxBlocks = 20;  // CPython's CO_MAXBLOCKS; the compiler enforces it

// One entry of the block stack (opcodes.def: SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH push one).
struct Block {
  uint32_t handler;  // instruction index to jump to with the exception pushed
  uint32_t level;    // value-stack depth (slots above stack_base) to truncate to first
};

class FrameArena;

struct Frame {
  CodeObject* code;          // kept alive by `func`, or by run_code's caller
  Ref<FunctionObject> func;  // null for code run by run_code (module, exec, eval)
  DictObject* globals;       // borrowed from `func` or run_code's caller
  DictObject* locals;        // the *_NAME namespace (module, class body, exec); null in functions
  Frame* back = nullptr;     // the frame below this one on the thread (ThreadState::frame chain)
  const uint32_t* ip;        // the next instruction, as of the last sync_frame()
  Value* sp;                 // one past the stack top, as of the last sync_frame()
  Value* stack_base;         // == localsplus() + nlocals + ncells
  uint8_t nblocks = 0;
  Block blocks[kMaxBlocks];
  // Where the arena stood before this frame was carved out (restored by the pop).
  void* arena_mark_top = nullptr;
  void* arena_mark_chunk = nullptr;
  GeneratorObject* generator = nullptr;  // the owner of a generator frame; null for calls

  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* cells() { return localsplus() + code->nlocals(); }
  int32_t instr_index() const { return static_cast<int32_t>(ip - code->code.data()) - 1; }
};

static_assert(sizeof(Frame) % alignof(Value) == 0, "the slots follow the header");

// A stack of chunks handing out frames in LIFO order. Chunks are never moved (frame pointers
// stay valid) and are kept after use, so a recursion that grows the arena pays for it once.
class FrameArena {
 public:
  FrameArena();  // allocates the first chunk
  ~FrameArena();
  FrameArena(const FrameArena&) = delete;
  FrameArena& operator=(const FrameArena&) = delete;

  // Raw storage for a frame of `bytes`; records the current mark in the caller-provided slots
  // after construction (see Frame::arena_mark_*). Throws std::bad_alloc.
  void* allocate(size_t bytes, void*& mark_top, void*& mark_chunk) {
    bytes = (bytes + 15) & ~size_t{15};
    mark_top = top_;
    mark_chunk = chunk_;
    if (static_cast<size_t>(limit_ - top_) < bytes) grow(bytes);
    void* p = top_;
    top_ += bytes;
    return p;
  }
  // Returns the arena to the mark taken when the frame was allocated.
  void release(void* mark_top, void* mark_chunk) {
    top_ = static_cast<char*>(mark_top);
    if (mark_chunk != chunk_) switch_to(static_cast<Chunk*>(mark_chunk));
  }

 private:
  struct Chunk {
    Chunk* prev;
    Chunk* next;
    char* end;
    char* data() { return reinterpret_cast<char*>(this + 1); }
  };
  void grow(size_t bytes);
  void switch_to(Chunk* c);

  Chunk* chunk_ = nullptr;  // the chunk `top_` points into; never null
  char* top_ = nullptr;
  char* limit_ = nullptr;
};

}  // namespace gilt
