// The diagnostics state shared by the grammar rules and the error reporting in parse.cpp, kept
// free of Spirit headers so that the AST builders compile quickly.
#pragma once

#include <string>
#include <vector>

#include "interpreter/ast.hpp"
#include "interpreter/token.hpp"

namespace gilt::front::grammar {

using Iter = std::vector<Token>::const_iterator;

// Beyond this many nested expression levels the parse stops with "too many nested parentheses"
// (CPython 3.11 gives MemoryError/RecursionError near 3000-6000 levels; brackets are capped at
// 200 by the lexer, and 200 brackets use about 600 levels). Measured stack cost: 200 nested
// brackets need ~1 MB at -O2 and ~4 MB at -O0; Diag::stack_limit guards smaller stacks.
constexpr int kMaxNesting = 1000;

// A SyntaxError decided by the grammar itself (a forced token, a CPython "invalid_*" rule).
// Offsets are 1-based byte offsets as Source::error() takes them.
struct HardError {
  std::string type = "SyntaxError";
  std::string msg;
  int line = 0, offset = 0, end_line = 0, end_offset = 0;
  long token_index = 0;  // the token at which it was detected, to rank it against lexer errors
};

// Carried through the parse as x3::with<diag_tag>(std::ref(diag)).
struct Diag {
  Iter begin, end;
  Iter furthest;  // furthest token on which some primitive failed
  int depth = 0;
  // Nesting also stops when the C++ stack gets within a reserve of this thread's stack end, so
  // a parse on a small thread stack (or an -O0 build) ends in a SyntaxError, not a crash.
  const char* stack_limit = nullptr;
  // For "Perhaps you forgot a comma?": per end token index, the smallest start index (+1) of a
  // disjunction parsed where an expression was expected.
  std::vector<int> disjunction_start;

  void fail_at(Iter it) {
    if (it > furthest) furthest = it;
  }
  long index(Iter it) const { return it - begin; }
  HardError at_token(Iter it, std::string msg, std::string type = "SyntaxError") const;
  HardError at_range(Iter first, Iter last_inclusive, std::string msg) const;
  HardError at_loc(const ast::Loc& a, const ast::Loc& b, Iter where, std::string msg) const;
  void note_disjunction(Iter first, Iter last);
};

inline bool is_layout(TokenKind k) {
  return k == TokenKind::Newline || k == TokenKind::Indent || k == TokenKind::Dedent;
}

inline void set_token_loc(ast::Loc& l, Iter first, Iter last_inclusive) {
  l.line = first->line;
  l.col = first->col;
  l.end_line = last_inclusive->end_line;
  l.end_col = last_inclusive->end_col;
}

// "expected an indented block after 'if' statement on line N" for a header whose NEWLINE is
// followed by `at` instead of an INDENT.
HardError missing_block_error(const Diag& d, Iter at);
// "expected 'except' or 'finally' block" after a try block.
HardError missing_except_error(const Diag& d, Iter at);

// The lowest stack address the parser may use on the calling thread (cached per thread).
const char* parser_stack_limit();

// The first token of [b, e) that starts at or after (line, col); e if none.
inline Iter find_token(Iter b, Iter e, int line, int col) {
  for (; b != e; ++b) {
    if (b->line > line || (b->line == line && b->col >= col)) break;
  }
  return b;
}

}  // namespace gilt::front::grammar
