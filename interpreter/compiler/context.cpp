#include "interpreter/compiler/context.hpp"

#include "interpreter/compiler/fstring.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"

namespace gilt::compiler {

CompileContext::CompileContext(std::string_view source, std::string_view filename)
    : text_(source),
      source_(source),
      filename_(filename),
      fstrings_(std::make_unique<FStringTable>()) {}

CompileContext::~CompileContext() = default;

void CompileContext::syntax_error(std::string_view msg, const ast::Loc& loc) const {
  syntax_error_at(msg, loc.line, loc.col + 1, loc.end_line, loc.end_col + 1);
}

void CompileContext::syntax_error_at(std::string_view msg, int line, int offset, int end_line,
                                     int end_offset) const {
  raise(source_.error("SyntaxError", std::string(msg), line, offset, end_line, end_offset));
}

void CompileContext::raise(const front::SyntaxErrorInfo& info) const {
  TypeObject* type = exc_SyntaxError;
  if (info.type == "IndentationError") type = exc_IndentationError;
  if (info.type == "TabError") type = exc_TabError;
  throw PyException{make_syntax_error(type, info.msg, filename_, info.line, info.offset, info.text,
                                      info.end_line, info.end_offset)};
}

size_t CompileContext::offset_of(int line, int col) const {
  std::string_view l = source_.line(line);
  if (l.data() == nullptr) return text_.size();
  size_t start = static_cast<size_t>(l.data() - text_.data());
  return std::min(text_.size(), start + static_cast<size_t>(std::max(col, 0)));
}

bool CompileContext::is_parenthesized(const ast::Loc& loc) const {
  if (loc.line <= 0 || loc.end_line <= 0) return false;
  auto is_blank = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\\';
  };
  size_t before = offset_of(loc.line, loc.col);
  while (before > 0 && is_blank(text_[before - 1]))
    --before;
  if (before == 0 || text_[before - 1] != '(') return false;
  size_t after = offset_of(loc.end_line, loc.end_col);
  while (after < text_.size()) {
    char c = text_[after];
    if (c == '#') {
      while (after < text_.size() && text_[after] != '\n')
        ++after;
    } else if (is_blank(c)) {
      ++after;
    } else {
      break;
    }
  }
  return after < text_.size() && text_[after] == ')';
}

bool CompileContext::wrapped_in_parens(const ast::Loc& loc) const {
  if (loc.line <= 0 || loc.end_line <= 0) return false;
  size_t pos = offset_of(loc.line, loc.col);
  const size_t stop = offset_of(loc.end_line, loc.end_col);
  if (pos >= stop || text_[pos] != '(') return false;
  int depth = 0;
  while (pos < stop) {
    char c = text_[pos];
    if (c == '#') {
      while (pos < stop && text_[pos] != '\n')
        ++pos;
      continue;
    }
    if (c == '\'' || c == '"') {
      // Skip a string literal (its prefix letters were skipped as ordinary characters).
      bool triple = pos + 2 < stop && text_[pos + 1] == c && text_[pos + 2] == c;
      pos += triple ? 3 : 1;
      while (pos < stop) {
        if (text_[pos] == '\\') {
          pos += 2;
        } else if (text_[pos] == c &&
                   (!triple || (pos + 2 < stop && text_[pos + 1] == c && text_[pos + 2] == c))) {
          pos += triple ? 3 : 1;
          break;
        } else {
          ++pos;
        }
      }
      continue;
    }
    if (c == '(' || c == '[' || c == '{') ++depth;
    if (c == ')' || c == ']' || c == '}') {
      if (--depth == 0) return pos + 1 == stop;
    }
    ++pos;
  }
  return false;
}

DepthGuard::DepthGuard(CompileContext& ctx) : ctx_(ctx) {
  if (++ctx_.depth > kMaxNestingDepth) {
    --ctx_.depth;
    gilt::raise(exc_RecursionError, "maximum recursion depth exceeded during compilation");
  }
}

}  // namespace gilt::compiler
