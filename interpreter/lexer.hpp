// The tokenizer: source text -> tokens with NEWLINE/INDENT/DEDENT/ENDMARKER, as CPython 3.11's C
// tokenizer does it (same error messages and positions).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "interpreter/source.hpp"
#include "interpreter/token.hpp"

namespace gilt::front {

// CPython raises some tokenizer errors immediately (they win even over a parser error found
// earlier in the file) and only reports others when the parser reaches them.
enum class LexErrorClass {
  Raising,          // unterminated string, invalid character/number, bracket mismatch, ...
  Deferred,         // indentation/tab errors, bad line continuation, EOF after '\'
  UnclosedBracket,  // "'(' was never closed": wins over a parser error on a later line only
};

struct LexError {
  SyntaxErrorInfo info;
  LexErrorClass cls = LexErrorClass::Raising;
  int bracket_line = 0;     // UnclosedBracket: line of the open bracket
  bool incomplete = false;  // the input ended too early (open bracket, triple quote, trailing '\')
};

// On error, `tokens` holds everything before the error followed by one ErrorToken at the error
// position (no ENDMARKER), so the parser can tell whether it failed before reaching it.
struct LexResult {
  std::vector<Token> tokens;
  std::optional<LexError> error;
};

// `source` must outlive nothing: the tokens own their text.
LexResult tokenize(std::string_view source);

// Decodes the escapes of a string literal body as the lexer does for non-raw literals (for the
// literal parts of f-strings). Returns false and sets *error to the CPython message on failure.
bool decode_string_body(std::string_view body, bool bytes, std::string* out, std::string* error);

}  // namespace gilt::front
