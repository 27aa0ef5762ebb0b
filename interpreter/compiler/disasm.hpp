// `gilt --dis`: a CPython-dis-like listing of a code object and, after it, every code object
// among its constants (depth first, in constant order).
#pragma once

#include <string>

#include "runtime/code.hpp"

namespace gilt::compiler {

// One code object's instructions only (no nested code objects).
std::string disassemble_one(const CodeObject& code);
// The code object, then each nested one under a "Disassembly of <code object ...>:" header.
std::string disassemble_all(const CodeObject& code);

}  // namespace gilt::compiler
