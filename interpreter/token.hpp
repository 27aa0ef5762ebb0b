// Tokens produced by the lexer and consumed by the X3 grammar. The kinds are one X-macro list so
// the enum, the dump names and the grammar's "expected 'x'" spellings cannot drift apart.
#pragma once

#include <cstdint>
#include <string>

namespace gilt::front {

// X(enumerator, spelling): structural and literal tokens (spelling = CPython token name).
#define GILT_TOKENS_BASIC(X) \
  X(EndMarker, "ENDMARKER")  \
  X(Newline, "NEWLINE")      \
  X(Indent, "INDENT")        \
  X(Dedent, "DEDENT")        \
  X(Name, "NAME")            \
  X(Number, "NUMBER")        \
  X(String, "STRING")        \
  X(ErrorToken, "ERRORTOKEN")

// Hard keywords of Python 3.11 (async/await are lexed but no grammar rule accepts them).
#define GILT_TOKENS_KEYWORDS(X) \
  X(KwFalse, "False")           \
  X(KwNone, "None")             \
  X(KwTrue, "True")             \
  X(KwAnd, "and")               \
  X(KwAs, "as")                 \
  X(KwAssert, "assert")         \
  X(KwAsync, "async")           \
  X(KwAwait, "await")           \
  X(KwBreak, "break")           \
  X(KwClass, "class")           \
  X(KwContinue, "continue")     \
  X(KwDef, "def")               \
  X(KwDel, "del")               \
  X(KwElif, "elif")             \
  X(KwElse, "else")             \
  X(KwExcept, "except")         \
  X(KwFinally, "finally")       \
  X(KwFor, "for")               \
  X(KwFrom, "from")             \
  X(KwGlobal, "global")         \
  X(KwIf, "if")                 \
  X(KwImport, "import")         \
  X(KwIn, "in")                 \
  X(KwIs, "is")                 \
  X(KwLambda, "lambda")         \
  X(KwNonlocal, "nonlocal")     \
  X(KwNot, "not")               \
  X(KwOr, "or")                 \
  X(KwPass, "pass")             \
  X(KwRaise, "raise")           \
  X(KwReturn, "return")         \
  X(KwTry, "try")               \
  X(KwWhile, "while")           \
  X(KwWith, "with")             \
  X(KwYield, "yield")

// Operators and delimiters. Longer spellings must come before their prefixes: the lexer tries
// them in this order.
#define GILT_TOKENS_OPERATORS(X) \
  X(Ellipsis, "...")             \
  X(DoubleStarEqual, "**=")      \
  X(DoubleSlashEqual, "//=")     \
  X(LeftShiftEqual, "<<=")       \
  X(RightShiftEqual, ">>=")      \
  X(NotEqual, "!=")              \
  X(PercentEqual, "%=")          \
  X(AmperEqual, "&=")            \
  X(DoubleStar, "**")            \
  X(StarEqual, "*=")             \
  X(PlusEqual, "+=")             \
  X(MinusEqual, "-=")            \
  X(RArrow, "->")                \
  X(DoubleSlash, "//")           \
  X(SlashEqual, "/=")            \
  X(ColonEqual, ":=")            \
  X(LeftShift, "<<")             \
  X(LessEqual, "<=")             \
  X(EqEqual, "==")               \
  X(GreaterEqual, ">=")          \
  X(RightShift, ">>")            \
  X(AtEqual, "@=")               \
  X(CircumflexEqual, "^=")       \
  X(VbarEqual, "|=")             \
  X(LPar, "(")                   \
  X(RPar, ")")                   \
  X(LSqb, "[")                   \
  X(RSqb, "]")                   \
  X(LBrace, "{")                 \
  X(RBrace, "}")                 \
  X(Colon, ":")                  \
  X(Comma, ",")                  \
  X(Semi, ";")                   \
  X(Plus, "+")                   \
  X(Minus, "-")                  \
  X(Star, "*")                   \
  X(Slash, "/")                  \
  X(Vbar, "|")                   \
  X(Amper, "&")                  \
  X(Less, "<")                   \
  X(Greater, ">")                \
  X(Equal, "=")                  \
  X(Dot, ".")                    \
  X(Percent, "%")                \
  X(Tilde, "~")                  \
  X(Circumflex, "^")             \
  X(At, "@")

enum class TokenKind : std::uint8_t {
#define GILT_TOKEN_ENUM(e, s) e,
  GILT_TOKENS_BASIC(GILT_TOKEN_ENUM) GILT_TOKENS_KEYWORDS(GILT_TOKEN_ENUM)
      GILT_TOKENS_OPERATORS(GILT_TOKEN_ENUM)
#undef GILT_TOKEN_ENUM
          Count_
};

// "NAME", "if", "(" ...: the keyword/operator spelling, or CPython's token name for the rest.
inline const char* token_kind_name(TokenKind k) {
  static const char* const names[] = {
#define GILT_TOKEN_NAME(e, s) s,
      GILT_TOKENS_BASIC(GILT_TOKEN_NAME) GILT_TOKENS_KEYWORDS(GILT_TOKEN_NAME)
          GILT_TOKENS_OPERATORS(GILT_TOKEN_NAME)
#undef GILT_TOKEN_NAME
  };
  return names[static_cast<int>(k)];
}

inline bool is_keyword(TokenKind k) {
  return k >= TokenKind::KwFalse && k <= TokenKind::KwYield;
}
inline bool is_operator(TokenKind k) {
  return k >= TokenKind::Ellipsis && k < TokenKind::Count_;
}

// Token::flags for String tokens.
enum StringFlags : std::uint32_t {
  kStrBytes = 1u << 0,
  kStrRaw = 1u << 1,
  kStrFormat = 1u << 2,
  kStrTriple = 1u << 3,
  // Decoding the escapes failed: `text` holds the SyntaxError message instead of the value. The
  // grammar raises it when it reaches the literal (as CPython, whose parser decodes literals).
  kStrDecodeError = 1u << 4,
  // ...and the error is reported at the literal itself rather than at the token after it.
  kStrErrorAtToken = 1u << 5,
  kStrPrefixShift = 8,  // bits 8-9: length of the prefix (0-2 characters)
};

// Token::flags for Number tokens: the ast::NumberKind value (0 int, 1 float, 2 imaginary).

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  std::uint32_t flags = 0;
  // Start (line 1-based, col 0-based byte offset) and just past the end, as ast::Loc.
  int line = 0, col = 0, end_line = 0, end_col = 0;
  // Name: the identifier. Number: the literal as written. String: the decoded value (see
  // StringFlags), or the raw body for f-strings. Operators/keywords: their spelling. NEWLINE:
  // "\n" or "" at end of input. INDENT/DEDENT/ENDMARKER: "". ERRORTOKEN: the offending character.
  std::string text;
};

inline int string_prefix_len(const Token& t) {
  return (t.flags >> kStrPrefixShift) & 3;
}
// Column of the first character of a string literal's body (after prefix and opening quotes).
inline int string_body_col(const Token& t) {
  return t.col + string_prefix_len(t) + ((t.flags & kStrTriple) ? 3 : 1);
}

}  // namespace gilt::front
