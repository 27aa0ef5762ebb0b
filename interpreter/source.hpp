// Source text with a line table, and CPython-style SyntaxError data and rendering.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gilt::front {

// What CPython puts in a SyntaxError. line == 0 means "no location" (CPython's None), e.g. for
// "source code string cannot contain null bytes".
struct SyntaxErrorInfo {
  std::string type;  // "SyntaxError" | "IndentationError" | "TabError"
  std::string msg;
  // As SyntaxError.lineno/offset/end_lineno/end_offset: offsets are 1-based and count characters
  // (not bytes). CPython sometimes reports end_offset 0 or -1; we copy it.
  int line = 0, offset = 0, end_line = 0, end_offset = 0;
  std::string text;  // the source line `line` without its line terminator
};

// A view of the source text (the caller keeps it alive) with line starts. Lines end at "\n",
// "\r\n" or "\r", as CPython's universal newlines.
class Source {
 public:
  explicit Source(std::string_view text);

  std::string_view text() const { return text_; }
  int line_count() const { return static_cast<int>(starts_.size()); }
  // Line n (1-based) without its terminator; empty when out of range.
  std::string_view line(int n) const;
  // Converts a 1-based byte offset within line n into CPython's 1-based character offset (a
  // partial UTF-8 sequence counts as one character). Values <= 0 are returned unchanged.
  int char_offset(int n, int byte_offset) const;
  // Builds the error from 1-based BYTE offsets (CPython's C tokenizer convention).
  SyntaxErrorInfo error(std::string type, std::string msg, int line, int byte_offset, int end_line,
                        int end_byte_offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// CPython's rendering of an uncaught SyntaxError:
//     File "x.py", line 2
//       if x
//           ^
//   SyntaxError: expected ':'
std::string format_syntax_error(const SyntaxErrorInfo& e, std::string_view filename);

}  // namespace gilt::front
