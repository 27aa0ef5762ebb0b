// Generator objects: what calling a generator function returns (RETURN_GENERATOR), with their
// own heap frame that the VM links into the thread's frame chain while they run (frame.hpp
// explains the design). The generator type's methods (send, throw, close, __next__) live in
// generator.cpp; the VM's side (creating, resuming, finishing frames) in vm_generator.cpp.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/code.hpp"

namespace gilt {

struct Frame;
struct StrObject;

// CPython's gi_frame_state, reduced to what is observable.
enum class GenState : uint8_t {
  Created,    // not started: the first resume runs from the top
  Suspended,  // stopped at a yield
  Running,    // its frame is on a thread's frame chain (gi_running)
  Finished,   // returned or raised: the frame is gone
};

struct GeneratorObject : Object {
  // The generator's frame, carved from this object's own allocation (operator new below); null
  // once the generator finished and its slots were released.
  Frame* frame = nullptr;
  Ref<CodeObject> code;  // gi_code, kept after the frame is gone
  Ref<StrObject> name, qualname;
  // CPython's gi_exc_state: the exception this generator's own `except` blocks are handling
  // (Null = none); it travels with the generator between resumptions.
  Value exc_state;
  // While running: the resumer's handled exception, visible through sys.exc_info() in the
  // generator when it handles none itself, and restored when it stops.
  Value outer_exc;
  GenState state = GenState::Created;

  explicit GeneratorObject(CodeObject* code);
  ~GeneratorObject() override;  // closes a suspended generator (its `finally` blocks run)

  // One allocation holds the object and its frame: `new (frame_bytes) GeneratorObject(...)`.
  static void* operator new(size_t size, size_t frame_bytes);
  static void operator delete(void* p);
  static void operator delete(void* p, size_t frame_bytes);  // a throwing constructor
  void* frame_storage();  // where the frame goes, right after the object
};

extern TypeObject* generator_type;

inline bool is_generator(const Value& v) {
  return v.is_obj() && v.as_obj()->type == generator_type;
}

void init_generator_type();  // init_function_types calls it

// The generator protocol for native callers: send(value) / next() (a Null `value` is None).
// Returns true with the yielded value in `out`, false when the generator returned (`out` holds
// the return value, None when it was already finished). Raises what the generator raises.
bool generator_send(GeneratorObject* g, const Value& value, Value& out);

}  // namespace gilt
