// Diagnostics helpers of tokens.hpp that need no Spirit templates.
#include "interpreter/grammar/diag.hpp"

#include <pthread.h>

#include <algorithm>

namespace gilt::front::grammar {

const char* parser_stack_limit() {
  // Room left for what runs between two nesting checks, the builders and exception unwinding.
  static constexpr std::size_t kReserve = 256 * 1024;
  thread_local const char* limit = [] {
    const char* low = nullptr;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      void* addr = nullptr;
      std::size_t size = 0;
      if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
        low = static_cast<const char*>(addr) + std::min(kReserve, size / 4);
      }
      pthread_attr_destroy(&attr);
    }
    return low;
  }();
  return limit;
}

HardError Diag::at_token(Iter it, std::string msg, std::string type) const {
  HardError e;
  e.type = std::move(type);
  e.msg = std::move(msg);
  e.line = it->line;
  e.offset = it->col + 1;
  e.end_line = it->end_line;
  e.end_offset = it->end_col + 1;
  e.token_index = index(it);
  return e;
}

HardError Diag::at_range(Iter first, Iter last_inclusive, std::string msg) const {
  HardError e = at_token(first, std::move(msg));
  e.end_line = last_inclusive->end_line;
  e.end_offset = last_inclusive->end_col + 1;
  return e;
}

HardError Diag::at_loc(const ast::Loc& a, const ast::Loc& b, Iter where, std::string msg) const {
  HardError e;
  e.msg = std::move(msg);
  e.line = a.line;
  e.offset = a.col + 1;
  e.end_line = b.end_line;
  e.end_offset = b.end_col + 1;
  e.token_index = index(where);
  return e;
}

void Diag::note_disjunction(Iter first, Iter last) {
  auto end_index = static_cast<std::size_t>(index(last));
  if (disjunction_start.size() <= end_index) {
    disjunction_start.resize(static_cast<std::size_t>(end - begin) + 1, 0);
  }
  int start = static_cast<int>(index(first)) + 1;
  int& slot = disjunction_start[end_index];
  if (slot == 0 || start < slot) slot = start;
}

namespace {

// Errors CPython reports "at the end of input" sit just past the last line's text.
HardError at_end_or_token(const Diag& d, Iter at, std::string msg, std::string type) {
  Iter t = at;
  while (t->kind == TokenKind::Dedent)
    ++t;
  if (t->kind != TokenKind::EndMarker) return d.at_token(t, std::move(msg), std::move(type));
  Iter nl = at;
  while (nl > d.begin && nl->kind != TokenKind::Newline)
    --nl;
  HardError e = d.at_token(nl, std::move(msg), std::move(type));
  e.end_offset = -1;
  e.token_index = d.index(at);
  return e;
}

}  // namespace

HardError missing_block_error(const Diag& d, Iter at) {
  // The header is the logical line that ends with the NEWLINE just before `at`.
  Iter h = at - 1;
  while (h > d.begin && !is_layout((h - 1)->kind))
    --h;
  std::string what;
  switch (h->kind) {
    case TokenKind::KwDef:
      what = "function definition";
      break;
    case TokenKind::KwClass:
      what = "class definition";
      break;
    case TokenKind::KwIf:
    case TokenKind::KwElif:
    case TokenKind::KwElse:
    case TokenKind::KwWhile:
    case TokenKind::KwFor:
    case TokenKind::KwTry:
    case TokenKind::KwExcept:
    case TokenKind::KwFinally:
    case TokenKind::KwWith:
      what = std::string("'") + token_kind_name(h->kind) + "' statement";
      break;
    default:
      break;
  }
  std::string msg = "expected an indented block";
  if (!what.empty()) msg += " after " + what + " on line " + std::to_string(h->line);
  return at_end_or_token(d, at, std::move(msg), "IndentationError");
}

HardError missing_except_error(const Diag& d, Iter at) {
  return at_end_or_token(d, at, "expected 'except' or 'finally' block", "SyntaxError");
}

}  // namespace gilt::front::grammar
