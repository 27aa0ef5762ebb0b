// What every compiler pass shares: the source text (for error excerpts and parenthesis checks),
// the file name, SyntaxError construction, and the recursion guard for deeply nested input.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "interpreter/ast.hpp"
#include "interpreter/source.hpp"

namespace gilt::compiler {

class FStringTable;  // fstring.hpp

// Nesting deeper than this (expressions inside expressions, in any pass) fails with CPython's
// "maximum recursion depth exceeded during compilation" instead of overflowing the C++ stack
// of a thread with a small stack.
constexpr int kMaxNestingDepth = 1000;

class CompileContext {
 public:
  CompileContext(std::string_view source, std::string_view filename);
  ~CompileContext();

  const front::Source& source() const { return source_; }
  const std::string& filename() const { return filename_; }
  FStringTable& fstrings() { return *fstrings_; }

  // Throws PyException holding a SyntaxError located at `loc` (0-based byte columns).
  [[noreturn]] void syntax_error(std::string_view msg, const ast::Loc& loc) const;
  // The same from 1-based byte offsets.
  [[noreturn]] void syntax_error_at(std::string_view msg, int line, int offset, int end_line,
                                    int end_offset) const;
  // Throws the parser's error (SyntaxError, IndentationError or TabError).
  [[noreturn]] void raise(const front::SyntaxErrorInfo& info) const;

  // True when the source shows `(` right before `loc` and `)` right after it: the node was
  // written in parentheses (spans exclude the parentheses of a parenthesised expression).
  bool is_parenthesized(const ast::Loc& loc) const;

  // True when the node's own span starts with `(` and the matching `)` ends it (a tuple or
  // generator expression written in parentheses; `(a), b` is not).
  bool wrapped_in_parens(const ast::Loc& loc) const;

  // The byte offset of (line, 0-based col) in the source text.
  size_t offset_of(int line, int col) const;

  // Counts nesting for the recursion guard (see DepthGuard).
  int depth = 0;

 private:
  std::string_view text_;
  front::Source source_;
  std::string filename_;
  std::unique_ptr<FStringTable> fstrings_;
};

// RAII nesting counter; throws RecursionError past kMaxNestingDepth.
class DepthGuard {
 public:
  explicit DepthGuard(CompileContext& ctx);
  ~DepthGuard() { --ctx_.depth; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  CompileContext& ctx_;
};

}  // namespace gilt::compiler
