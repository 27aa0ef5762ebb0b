// The compiler's public API: source text -> CodeObject, and the `--dis` listing.
#pragma once

#include <string>
#include <string_view>

#include "runtime/code.hpp"
#include "runtime/runtime.hpp"

namespace gilt::compiler {

// Parses and compiles. Exec: a module; Eval: one expression whose value the code returns;
// Single: REPL input, whose top-level expression statements print their value (PRINT_EXPR).
// On error throws gilt::PyException holding a SyntaxError/IndentationError/TabError with
// CPython 3.11's message and location (or RecursionError for absurdly deep nesting).
Ref<CodeObject> compile_source(std::string_view source, std::string_view filename,
                               CompileMode mode);

// `gilt --dis`: every code object, nested ones after their parent, in a CPython-dis-like form.
std::string disassemble(const CodeObject& code);

}  // namespace gilt::compiler
