// Frames: the arena they are carved from, pushing and popping them with the recursion limit,
// their cells, and the guard on nested eval loops (native → Python re-entry).
#include <algorithm>
#include <new>

#include "runtime/errors.hpp"
#include "runtime/runtime.hpp"
#include "runtime/tuple.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt {

namespace {

constexpr size_t kChunkBytes = 256 * 1024;  // about 1000 small frames per chunk
// When the C++ stack cannot be measured, nested eval loops stop at this depth instead.
constexpr int kMaxNestedLoopsUnmeasured = 1000;

}  // namespace

// --- the arena ---

FrameArena::FrameArena() {
  grow(0);
}

FrameArena::~FrameArena() {
  Chunk* c = chunk_;
  while (c->prev)
    c = c->prev;
  while (c) {
    Chunk* next = c->next;
    ::operator delete(c);
    c = next;
  }
}

void FrameArena::grow(size_t bytes) {
  Chunk* next = chunk_ ? chunk_->next : nullptr;
  if (!next || static_cast<size_t>(next->end - next->data()) < bytes) {
    size_t size = std::max(kChunkBytes, bytes + sizeof(Chunk));
    Chunk* c = static_cast<Chunk*>(::operator new(size));
    c->prev = chunk_;
    c->next = next;  // a smaller spare chunk stays after the new one
    c->end = reinterpret_cast<char*>(c) + size;
    if (next) next->prev = c;
    if (chunk_) chunk_->next = c;
    next = c;
  }
  switch_to(next);
  top_ = next->data();
}

void FrameArena::switch_to(Chunk* c) {
  chunk_ = c;
  limit_ = c->end;
}

namespace vm {

// --- frames ---

// What every frame of `code` needs, computed once: the slot count and the LOAD_GLOBAL cache.
void prepare_code(CodeObject* code) {
  code->global_cache.resize(code->names.size());
  code->nlocalsplus = static_cast<uint32_t>(code->nlocals() + code->ncells());
  // At least one slot: 0 means "not prepared yet".
  code->frame_slots =
      std::max<uint32_t>(1, code->nlocalsplus + static_cast<uint32_t>(code->stacksize));
}

[[noreturn]] void raise_recursion_error(const char* where) {
  raise(exc_RecursionError, cat("maximum recursion depth exceeded", where));
}

void init_cells(Frame* f) {
  CodeObject* code = f->code;
  Value* fast = f->localsplus();
  Value* cells = f->cells();
  size_t ncellvars = code->cellvars.size();
  for (size_t i = 0; i < ncellvars; ++i) {
    Ref<CellObject> cell = make<CellObject>();
    int32_t arg = i < code->cell2arg.size() ? code->cell2arg[i] : -1;
    // A captured parameter lives in its cell only (as CPython's MAKE_CELL leaves it).
    if (arg >= 0) cell->value = std::move(fast[arg]);
    cells[i] = Value(cell);
  }
  TupleObject* closure = f->func ? f->func->closure.get() : nullptr;
  for (size_t i = 0; i < code->freevars.size(); ++i) {
    if (closure && i < closure->size()) {
      cells[ncellvars + i] = closure->items[i];
    } else {
      cells[ncellvars + i] = Value(make<CellObject>());  // exec'd code with free variables
    }
  }
}

// --- nested loops ---

NestedLoopScope::NestedLoopScope(ThreadState* ts) : ts_(ts), counted_(ts->frame != nullptr) {
  // Only a re-entry from running Python code costs a level, as CPython's "while calling a
  // Python object" check; the first loop on a thread is just its frames.
  if (counted_ && ts->recursion_depth >= runtime->recursion_limit) {
    raise_recursion_error(" while calling a Python object");
  }
  bool stack_exhausted =
      ts->stack_limit != 0
          ? reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < ts->stack_limit
          : ts->nested_loops >= kMaxNestedLoopsUnmeasured;
  if (stack_exhausted) raise_recursion_error(" while calling a Python object");
  if (counted_) ++ts->recursion_depth;
  ++ts->nested_loops;
}

NestedLoopScope::~NestedLoopScope() {
  if (counted_) --ts_->recursion_depth;
  --ts_->nested_loops;
}

}  // namespace vm

}  // namespace gilt
