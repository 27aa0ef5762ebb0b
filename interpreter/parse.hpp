// The front end's public API: source text -> ast::Module / ast::Expr, or a CPython-style
// SyntaxError. No Spirit headers here: the grammar is compiled in interpreter/grammar/*.cpp.
//
// What the parser reports (CPython 3.11's messages, lineno and offset): all tokenizer errors
// (see lexer.hpp), "invalid syntax" at the furthest token reached, "expected ':'", "expected
// an indented block after 'if' statement on line N" (and for, while, def "function definition",
// class "class definition", try, except, finally, else, elif, with), "unexpected indent",
// "unexpected unindent", "Missing parentheses in call to 'print'. Did you mean print(...)?",
// "invalid syntax. Perhaps you forgot a comma?", "expected 'except' or 'finally' block",
// "default 'except:' must be last", "non-default argument follows default argument",
// "named arguments must follow bare *", "/ may appear only once", "positional argument follows
// keyword argument [unpacking]", "iterable argument unpacking follows keyword argument
// unpacking", "Generator expression must be parenthesized", "trailing comma not allowed without
// surrounding parentheses", "cannot mix bytes and nonbytes literals", string escape errors.
//
// Not supported (documented gaps): `\N{name}` escapes are rejected as unknown names (no Unicode
// name database); PEP 263 coding cookies are ignored (source is UTF-8); async/await, match and
// except* are not parsed; identifiers are not NFKC-normalised.
//
// Left to the compiler (the AST keeps what is needed to report them): assignment, augmented
// assignment, del, for and with targets ("cannot assign to literal", "cannot delete function
// call", "'tuple' is an illegal expression for augmented assignment", ...), `return`/`yield`
// outside a function, `break`/`continue` outside a loop, `nonlocal` at module level, duplicate
// parameter names, "keyword argument repeated", star expressions in invalid places ("can't use
// starred expression here"), f-string contents, complex-number literals if unsupported.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "interpreter/ast.hpp"
#include "interpreter/source.hpp"

namespace gilt::front {

// SyntaxErrorInfo (source.hpp): {type, msg, line, offset, end_line, end_offset, text}.

struct ParseResult {
  std::optional<ast::Module> module;  // exactly one of module/error is set
  std::optional<SyntaxErrorInfo> error;
};
ParseResult parse_module(std::string_view source);

struct ExprResult {
  std::optional<ast::Expr> expr;  // exactly one of expr/error is set
  std::optional<SyntaxErrorInfo> error;
};
// A whole-input expression for eval() and f-string fields; surrounding whitespace and newlines
// are allowed, and so is an expression list (`1, 2` gives a Tuple). Locations are relative to
// `source` (line 1 = its first line). For the literal parts of f-strings, lexer.hpp's
// decode_string_body() applies the same escape rules as the lexer.
ExprResult parse_expression(std::string_view source);

enum class InputStatus { Complete, Incomplete, Error };
// For the REPL: Incomplete when more lines are needed (open bracket or triple-quoted string,
// trailing backslash, a block header without body, or a compound statement not yet ended by an
// empty line); Error when the input is already invalid; Complete otherwise.
InputStatus check_interactive(std::string_view source);

// `gilt --tokens`: one token per line, "line,col-end_line,end_col:  KIND  'text'".
std::string dump_tokens(std::string_view source);
// `gilt --ast`: an indented tree, one node per line with its line:col.
std::string dump_ast(const ast::Module& module);
std::string dump_ast(const ast::Expr& expr);

}  // namespace gilt::front
