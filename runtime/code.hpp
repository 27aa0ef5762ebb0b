// CodeObject: what the compiler produces for a module, function, class body or comprehension,
// and all the VM needs to run it.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/type.hpp"

namespace gilt {

struct StrObject;

// LOAD_GLOBAL's inline cache for one name (vm.cpp): the value found for names[i] while the
// frame's globals and the builtins are at the versions it was found at. Dict versions come from
// one process-wide counter (dict.cpp), so a version also identifies its dict: a hit costs two
// compares.
struct GlobalCacheEntry {
  uint64_t globals_version = 0;  // 0 never matches: versions start at 1
  uint64_t builtins_version = 0;
  Value value;
};

enum CodeFlags : uint32_t {
  kCodeOptimized = 0x01,  // locals in fast slots (functions); else a locals dict (module, class)
  kCodeNewLocals = 0x02,
  kCodeVarargs = 0x04,      // has *args (its slot follows the positional and kw-only params)
  kCodeVarkeywords = 0x08,  // has **kwargs (its slot follows *args)
  kCodeNested = 0x10,
  kCodeGenerator = 0x20,
};

// Source span of one instruction, for tracebacks and (later) 3.11's ~~^^ markers.
struct Position {
  int32_t line = 0, end_line = 0, col = 0, end_col = 0;
};

struct CodeObject : Object {
  std::vector<uint32_t> code;            // encode(op, arg) words (opcodes.hpp)
  std::vector<Value> consts;             // None, bool, int, float, str, bytes, tuple, code objects
  std::vector<Ref<StrObject>> names;     // interned: globals, attributes, imports
  std::vector<Ref<StrObject>> varnames;  // fast locals: parameters first, in signature order
  std::vector<Ref<StrObject>> cellvars;  // locals captured by inner functions
  std::vector<Ref<StrObject>> freevars;  // variables captured from enclosing functions
  std::vector<int32_t> cell2arg;         // per cellvar: the parameter slot it starts from, or -1
  std::vector<Position> positions;       // parallel to `code`
  int32_t argcount = 0;                  // positional parameters, including positional-only
  int32_t posonlyargcount = 0;
  int32_t kwonlyargcount = 0;
  int32_t stacksize = 0;  // maximum value-stack depth
  int32_t firstlineno = 1;
  uint32_t flags = 0;
  Ref<StrObject> name;      // "f", "<module>", "<lambda>", "<listcomp>"
  Ref<StrObject> qualname;  // "outer.<locals>.f"
  Ref<StrObject> filename;  // as given to compile(): "x.py", "<string>", "<stdin>"
  // VM-private, filled when the first frame of this code is pushed (the compiler leaves them):
  std::vector<GlobalCacheEntry> global_cache;  // one LOAD_GLOBAL cache entry per name
  uint32_t nlocalsplus = 0;                    // nlocals + ncells
  uint32_t frame_slots = 0;                    // nlocalsplus + stacksize (at least 1); 0 = not yet

  CodeObject();
  ~CodeObject() override;

  int32_t nlocals() const { return static_cast<int32_t>(varnames.size()); }
  int32_t ncells() const { return static_cast<int32_t>(cellvars.size() + freevars.size()); }
  int32_t line_at(size_t ip) const {
    return ip < positions.size() ? positions[ip].line : firstlineno;
  }
};

}  // namespace gilt
