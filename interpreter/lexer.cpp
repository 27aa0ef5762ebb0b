// The tokenizer. It follows CPython 3.11's Parser/tokenizer.c closely, because the positions of
// its SyntaxErrors are defined by that code's cursor movements ("offset = bytes up to the cursor").
#include "interpreter/lexer.hpp"

#include <array>
#include <cstdio>
#include <functional>
#include <string>

#include "interpreter/unicode_class.hpp"
#include "interpreter/unicode_names.hpp"

namespace gilt::front {
namespace {

constexpr int kEof = -1;
constexpr int kTabSize = 8;
constexpr std::size_t kMaxIndent = 100;  // CPython's MAXINDENT
constexpr std::size_t kMaxLevel = 200;   // CPython's MAXLEVEL (bracket nesting)

bool is_digit(int c) {
  return c >= '0' && c <= '9';
}
bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_ident_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_ident_char(int c) {
  return is_ident_start(c) || is_digit(c);
}

std::string hex4(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
  return buf;
}

void append_utf8(std::string* out, char32_t cp) {
  // Surrogates are encoded like any other code point (WTF-8), so "\ud800" survives.
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes one UTF-8 sequence at s[i] (already validated). Returns the code point; *len = bytes.
char32_t decode_utf8(std::string_view s, std::size_t i, int* len) {
  auto b = static_cast<unsigned char>(s[i]);
  int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  char32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < n && i + k < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  *len = n;
  return cp;
}

struct Keyword {
  std::string_view text;
  TokenKind kind;
};
constexpr Keyword kKeywords[] = {
#define GILT_KW(e, s) {s, TokenKind::e},
    GILT_TOKENS_KEYWORDS(GILT_KW)
#undef GILT_KW
};
constexpr Keyword kOperators[] = {
#define GILT_OP(e, s) {s, TokenKind::e},
    GILT_TOKENS_OPERATORS(GILT_OP)
#undef GILT_OP
};

class Lexer {
 public:
  explicit Lexer(std::string_view src) : s_(src), source_(src) {}

  LexResult run() {
    if (check_encoding()) {
      if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
      while (!err_ && !done_) {
        if (atbol_ && brackets_.empty()) {
          indentation();
        } else {
          atbol_ = false;
          next_token();
        }
      }
    }
    LexResult r;
    r.tokens = std::move(toks_);
    r.error = std::move(err_);
    return r;
  }

 private:
  // --- cursor (CPython's tok_nextc/tok_backup) ---
  int peek(std::size_t k = 0) const {
    return pos_ + k < s_.size() ? static_cast<unsigned char>(s_[pos_ + k]) : kEof;
  }
  int nextc() {
    if (pos_ >= s_.size()) return kEof;
    return static_cast<unsigned char>(s_[pos_++]);
  }
  void backup(int c) {
    if (c != kEof) --pos_;
  }
  bool at_newline() const { return peek() == '\n' || peek() == '\r'; }
  // Consumes a "\n", "\r\n" or "\r" at pos_ and starts a new line.
  void consume_newline() {
    if (peek() == '\r' && peek(1) == '\n') ++pos_;
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }
  int col() const { return static_cast<int>(pos_ - line_start_); }

  // --- errors ---
  void fail(const char* type, std::string msg, LexErrorClass cls, int line, int byte_off,
            int end_line, int end_byte_off) {
    LexError e;
    e.info = source_.error(type, std::move(msg), line, byte_off, end_line, end_byte_off);
    e.cls = cls;
    err_ = std::move(e);
    Token t;
    t.kind = TokenKind::ErrorToken;
    t.line = t.end_line = line_;
    t.col = t.end_col = col();
    toks_.push_back(std::move(t));
  }
  // The common case: a SyntaxError at the cursor, as tokenizer.c's syntaxerror().
  void fail_here(std::string msg) {
    fail("SyntaxError", std::move(msg), LexErrorClass::Raising, line_, col(), line_, col());
  }
  int line_len(int line) const { return static_cast<int>(source_.line(line).size()); }

  // --- emitting ---
  void emit(TokenKind kind, std::size_t start, int start_line, std::size_t start_line_start,
            std::string text, std::uint32_t flags = 0) {
    Token t;
    t.kind = kind;
    t.flags = flags;
    t.line = start_line;
    t.col = static_cast<int>(start - start_line_start);
    t.end_line = line_;
    t.end_col = col();
    t.text = std::move(text);
    toks_.push_back(std::move(t));
  }
  void emit_here(TokenKind kind, std::size_t start, std::string text, std::uint32_t flags = 0) {
    emit(kind, start, line_, line_start_, std::move(text), flags);
  }
  void emit_marker(TokenKind kind, int column) {
    Token t;
    t.kind = kind;
    t.line = t.end_line = line_;
    t.col = t.end_col = column;
    toks_.push_back(std::move(t));
  }

  // NUL bytes and invalid UTF-8 are rejected before tokenizing, as CPython decodes first.
  bool check_encoding() {
    if (s_.find('\0') != std::string_view::npos) {
      LexError e;
      e.info.type = "SyntaxError";
      e.info.msg = "source code string cannot contain null bytes";
      err_ = std::move(e);
      toks_.push_back(Token{TokenKind::ErrorToken, 0, 1, 0, 1, 0, {}});
      return false;
    }
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < s_.size();) {
      auto b = static_cast<unsigned char>(s_[i]);
      if (b == '\n' || (b == '\r' && !(i + 1 < s_.size() && s_[i + 1] == '\n'))) {
        ++line;
        line_start = ++i;
        continue;
      }
      if (b < 0x80) {
        ++i;
        continue;
      }
      int need = 0;
      char32_t min = 0;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1, min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2, min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3, min = 0x10000;
      }
      const char* why = nullptr;
      if (need == 0) {
        why = "invalid start byte";
      } else {
        char32_t cp = b & (0x3F >> need);
        for (int k = 1; k <= need && !why; ++k) {
          if (i + k >= s_.size()) {
            why = "unexpected end of data";
          } else if ((static_cast<unsigned char>(s_[i + k]) & 0xC0) != 0x80) {
            why = "invalid continuation byte";
          } else {
            cp = (cp << 6) | (static_cast<unsigned char>(s_[i + k]) & 0x3F);
          }
        }
        // Overlong forms and code points past U+10FFFF are invalid like a bad continuation.
        if (!why && (cp < min || cp > 0x10FFFF)) why = "invalid continuation byte";
      }
      if (why) {
        int col = static_cast<int>(i - line_start);
        char buf[160];
        std::snprintf(buf, sizeof buf,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                      b, col, why);
        LexError e;
        e.info = source_.error("SyntaxError", buf, line, col + 1, line, col + 1);
        err_ = std::move(e);
        toks_.push_back(Token{TokenKind::ErrorToken, 0, line, col, line, col, {}});
        return false;
      }
      i += static_cast<std::size_t>(need) + 1;
    }
    return true;
  }

  // At the beginning of a logical line: measure the indentation, skip blank and comment-only
  // lines, and emit INDENT/DEDENT (tokenizer.c's atbol block).
  void indentation() {
    int column = 0, altcol = 0;
    for (;;) {
      int c = peek();
      if (c == ' ') {
        ++column, ++altcol;
      } else if (c == '\t') {
        column = (column / kTabSize + 1) * kTabSize;
        ++altcol;
      } else if (c == '\f') {
        column = altcol = 0;
      } else {
        break;
      }
      ++pos_;
    }
    int c = peek();
    if (c == '#' || c == '\n' || c == '\r' || c == kEof) {
      // A blank line: no tokens, no indentation change.
      if (c == '#') skip_comment();
      if (at_newline()) {
        consume_newline();
      } else {
        atbol_ = false;  // EOF: let next_token() finish
      }
      return;
    }
    atbol_ = false;
    if (column == indents_.back()) {
      if (altcol != altindents_.back()) return tab_error();
    } else if (column > indents_.back()) {
      if (indents_.size() >= kMaxIndent) {
        return fail("IndentationError", "too many levels of indentation", LexErrorClass::Deferred,
                    line_, 1, line_, 0);
      }
      if (altcol <= altindents_.back()) return tab_error();
      indents_.push_back(column);
      altindents_.push_back(altcol);
      emit(TokenKind::Indent, line_start_, line_, line_start_, "");
    } else {
      while (indents_.size() > 1 && column < indents_.back()) {
        indents_.pop_back();
        altindents_.pop_back();
        emit_marker(TokenKind::Dedent, col());
      }
      if (column != indents_.back()) {
        int len = line_len(line_) + 1;
        return fail("IndentationError", "unindent does not match any outer indentation level",
                    LexErrorClass::Deferred, line_, len, line_, -1);
      }
      if (altcol != altindents_.back()) return tab_error();
    }
  }

  void tab_error() {
    fail("TabError", "inconsistent use of tabs and spaces in indentation", LexErrorClass::Deferred,
         line_, 1, line_, 0);
  }

  void skip_comment() {
    while (peek() != kEof && !at_newline())
      ++pos_;
  }

  void next_token() {
    while (peek() == ' ' || peek() == '\t' || peek() == '\f')
      ++pos_;
    if (peek() == '#') skip_comment();
    int c = peek();
    std::size_t start = pos_;
    if (c == kEof) return end_of_input();
    if (c == '\n' || c == '\r') {
      if (!brackets_.empty()) return consume_newline();  // implicit line joining
      emit_marker(TokenKind::Newline, col());
      consume_newline();
      toks_.back().end_col = toks_.back().col + 1;
      toks_.back().text = "\n";
      atbol_ = true;
      return;
    }
    if (is_ident_start(c)) return identifier_or_string(start);
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return number(start);
    if (c == '\'' || c == '"') return string(start, 0, 0);
    if (c == '\\') return continuation();
    if (c == '<' && peek(1) == '>') {
      // CPython lexes `<>` as one token only to reject it (PEP 401), so the error spans both.
      pos_ += 2;
      return emit_here(TokenKind::ErrorToken, start, "<>");
    }
    for (const Keyword& op : kOperators) {
      if (s_.compare(pos_, op.text.size(), op.text) == 0) {
        pos_ += op.text.size();
        if (op.text.size() == 1 && !bracket(op.text[0], start)) return;
        emit_here(op.kind, start, std::string(op.text));
        return;
      }
    }
    ++pos_;
    if (c < 0x20 || c == 0x7F) {
      return fail_here("invalid non-printable character U+" + hex4(static_cast<char32_t>(c)));
    }
    // '$', '?', '!', '`': CPython's ERRORTOKEN, which the parser reports as "invalid syntax".
    emit_here(TokenKind::ErrorToken, start, std::string(1, static_cast<char>(c)));
  }

  // Bracket bookkeeping for a one-character operator; false if it raised an error.
  bool bracket(char ch, std::size_t start) {
    if (ch == '(' || ch == '[' || ch == '{') {
      if (brackets_.size() >= kMaxLevel) {
        fail_here("too many nested parentheses");
        return false;
      }
      brackets_.push_back({ch, line_, static_cast<int>(start - line_start_)});
    } else if (ch == ')' || ch == ']' || ch == '}') {
      if (brackets_.empty()) {
        fail_here(std::string("unmatched '") + ch + "'");
        return false;
      }
      Bracket open = brackets_.back();
      brackets_.pop_back();
      char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
      if (ch != want) {
        std::string msg = std::string("closing parenthesis '") + ch +
                          "' does not match opening parenthesis '" + open.ch + "'";
        if (open.line != line_) msg += " on line " + std::to_string(open.line);
        fail_here(std::move(msg));
        return false;
      }
    }
    return true;
  }

  void end_of_input() {
    if (!brackets_.empty()) {
      const Bracket& b = brackets_.back();
      fail("SyntaxError", std::string("'") + b.ch + "' was never closed",
           LexErrorClass::UnclosedBracket, b.line, b.col + 1, b.line, 0);
      err_->bracket_line = b.line;
      err_->incomplete = true;
      return;
    }
    if (!toks_.empty() && toks_.back().kind != TokenKind::Newline) {
      emit_marker(TokenKind::Newline, col());
    }
    for (std::size_t i = 1; i < indents_.size(); ++i)
      emit_marker(TokenKind::Dedent, col());
    emit_marker(TokenKind::EndMarker, col());
    done_ = true;
  }

  // A backslash outside a string: only a line continuation is allowed.
  void continuation() {
    int bs_line = line_;
    ++pos_;
    if (peek() == kEof || at_newline()) {
      if (peek() != kEof) consume_newline();
      if (peek() == kEof) {
        if (!brackets_.empty()) return end_of_input();
        int len = line_len(bs_line) + 1;
        fail("SyntaxError", "unexpected EOF while parsing", LexErrorClass::Deferred, bs_line, len,
             bs_line, -1);
        err_->incomplete = true;
      }
      return;
    }
    fail("SyntaxError", "unexpected character after line continuation character",
         LexErrorClass::Deferred, line_, col() + 1, line_, 0);
  }

  void identifier_or_string(std::size_t start) {
    bool ascii = true;
    while (is_ident_char(peek())) {
      if (peek() >= 128) ascii = false;
      ++pos_;
    }
    std::string_view word = s_.substr(start, pos_ - start);
    if (ascii && (peek() == '\'' || peek() == '"')) {
      std::uint32_t flags = 0;
      if (string_prefix(word, &flags)) return string(start, static_cast<int>(word.size()), flags);
    }
    if (!ascii && !verify_identifier(start)) return;
    for (const Keyword& kw : kKeywords) {
      if (kw.text == word) return emit_here(kw.kind, start, std::string(word));
    }
    emit_here(TokenKind::Name, start, std::string(word));
  }

  // The valid prefixes: r u b f br rb fr rf, in any case.
  static bool string_prefix(std::string_view w, std::uint32_t* flags) {
    std::string low;
    for (char ch : w)
      low.push_back(static_cast<char>(ch | 0x20));
    static constexpr std::string_view kValid[] = {"r", "u", "b", "f", "br", "rb", "fr", "rf"};
    bool ok = false;
    for (std::string_view v : kValid)
      ok = ok || v == low;
    if (!ok) return false;
    *flags = (low.find('r') != std::string::npos ? kStrRaw : 0u) |
             (low.find('b') != std::string::npos ? kStrBytes : 0u) |
             (low.find('f') != std::string::npos ? kStrFormat : 0u);
    return true;
  }

  // CPython's verify_identifier(): the first character that cannot be part of an identifier
  // raises "invalid character".
  bool verify_identifier(std::size_t start) {
    for (std::size_t i = start; i < pos_;) {
      int len = 1;
      char32_t cp = decode_utf8(s_, i, &len);
      bool ok = cp < 128 ? (i == start ? is_ident_start(static_cast<int>(cp))
                                       : is_ident_char(static_cast<int>(cp)))
                         : (i == start ? is_xid_start(cp) : is_xid_continue(cp));
      if (!ok) {
        pos_ = i + static_cast<std::size_t>(len);
        std::string msg;
        if (is_printable(cp)) {
          msg = "invalid character '";
          append_utf8(&msg, cp);
          msg += "' (U+" + hex4(cp) + ")";
        } else {
          msg = "invalid non-printable character U+" + hex4(cp);
        }
        fail_here(std::move(msg));
        return false;
      }
      i += static_cast<std::size_t>(len);
    }
    return true;
  }

  // ---- numbers (tokenizer.c's number branch, including where the cursor ends on errors) ----

  bool syntax_error_at_cursor(const std::string& msg) {
    fail_here(msg);
    return false;
  }

  // Reads digits with single underscores between them; returns the char after them, or 0.
  int decimal_tail() {
    for (;;) {
      int c;
      do {
        c = nextc();
      } while (is_digit(c));
      if (c != '_') return c;
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        syntax_error_at_cursor("invalid decimal literal");
        return 0;
      }
    }
  }

  // A literal directly followed by a name is an error, except for the keywords that valid code
  // can put there (`1if x else y`, `[0x1for x in y]`).
  bool verify_end_of_number(int c, const char* kind) {
    if (c != kEof && c < 128 && is_ident_char(c)) {
      static constexpr std::string_view kAllowed[] = {"and", "else", "for", "if",
                                                      "in",  "is",   "not", "or"};
      std::size_t at = pos_ - 1;
      for (std::string_view kw : kAllowed) {
        if (s_.compare(at, kw.size(), kw) == 0) {
          std::size_t after = at + kw.size();
          if (after >= s_.size() || !is_ident_char(static_cast<unsigned char>(s_[after]))) {
            backup(c);
            return true;
          }
        }
      }
      backup(c);
      return syntax_error_at_cursor(std::string("invalid ") + kind + " literal");
    }
    backup(c);
    return true;
  }

  // Scans the digits after 0x/0o/0b; `valid` tells which digits belong to the base.
  bool radix_digits(bool (*valid)(int), const char* kind) {
    int c = nextc();
    do {
      if (c == '_') c = nextc();
      if (!valid(c)) {
        if (kind[0] != 'h' && is_digit(c)) {
          return syntax_error_at_cursor(std::string("invalid digit '") + static_cast<char>(c) +
                                        "' in " + kind + " literal");
        }
        backup(c);
        return syntax_error_at_cursor(std::string("invalid ") + kind + " literal");
      }
      do {
        c = nextc();
      } while (valid(c));
    } while (c == '_');
    if (kind[0] != 'h' && is_digit(c)) {
      return syntax_error_at_cursor(std::string("invalid digit '") + static_cast<char>(c) +
                                    "' in " + kind + " literal");
    }
    return verify_end_of_number(c, kind);
  }

  void number(std::size_t start) {
    NumberKindFlag kind = kInt;
    if (scan_number(start, &kind)) {
      emit_here(TokenKind::Number, start, std::string(s_.substr(start, pos_ - start)), kind);
    }
  }

  enum NumberKindFlag : std::uint32_t { kInt = 0, kFloat = 1, kImaginary = 2 };

  bool scan_number(std::size_t start, NumberKindFlag* kind) {
    int c = nextc();
    if (c == '.') {
      c = nextc();
      return fraction(c, kind);
    }
    if (c == '0') {
      c = nextc();
      if (c == 'x' || c == 'X') return radix_digits(is_xdigit, "hexadecimal");
      if (c == 'o' || c == 'O') {
        return radix_digits([](int d) { return d >= '0' && d <= '7'; }, "octal");
      }
      if (c == 'b' || c == 'B') {
        return radix_digits([](int d) { return d == '0' || d == '1'; }, "binary");
      }
      bool nonzero = false;
      for (;;) {  // "0", "00", "0_0": zeros are fine; other leading-zero integers are not
        if (c == '_') {
          c = nextc();
          if (!is_digit(c)) {
            backup(c);
            return syntax_error_at_cursor("invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = nextc();
      }
      std::size_t zeros_end = pos_;
      if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail();
        if (c == 0) return false;
      }
      if (c == '.') return fraction(nextc(), kind);
      if (c == 'e' || c == 'E') return exponent(c, kind);
      if (c == 'j' || c == 'J') return imaginary(kind);
      if (nonzero) {
        backup(c);
        int b = static_cast<int>(start - line_start_) + 1;
        int e = static_cast<int>(zeros_end - line_start_);
        fail("SyntaxError",
             "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
             "octal integers",
             LexErrorClass::Raising, line_, b, line_, e);
        return false;
      }
      return verify_end_of_number(c, "decimal");
    }
    c = decimal_tail();
    if (c == 0) return false;
    if (c == '.') return fraction(nextc(), kind);
    if (c == 'e' || c == 'E') return exponent(c, kind);
    if (c == 'j' || c == 'J') return imaginary(kind);
    return verify_end_of_number(c, "decimal");
  }

  // After the '.', with c the character following it.
  bool fraction(int c, NumberKindFlag* kind) {
    *kind = kFloat;
    if (is_digit(c)) {
      c = decimal_tail();
      if (c == 0) return false;
    }
    if (c == 'e' || c == 'E') return exponent(c, kind);
    if (c == 'j' || c == 'J') return imaginary(kind);
    return verify_end_of_number(c, "decimal");
  }

  bool exponent(int e, NumberKindFlag* kind) {
    int c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        return syntax_error_at_cursor("invalid decimal literal");
      }
    } else if (!is_digit(c)) {
      // `1else`: the 'e' starts a keyword, the number ends before it.
      backup(c);
      if (!verify_end_of_number(e, "decimal")) return false;
      return true;
    }
    *kind = kFloat;
    c = decimal_tail();
    if (c == 0) return false;
    if (c == 'j' || c == 'J') return imaginary(kind);
    return verify_end_of_number(c, "decimal");
  }

  bool imaginary(NumberKindFlag* kind) {
    *kind = kImaginary;
    return verify_end_of_number(nextc(), "imaginary");
  }

  // ---- strings ----

  void string(std::size_t start, int prefix_len, std::uint32_t flags) {
    int start_line = line_;
    std::size_t start_line_start = line_start_;
    char quote = s_[pos_++];
    bool triple = peek() == quote && peek(1) == quote;
    if (triple) pos_ += 2;
    std::size_t body = pos_;
    std::size_t body_end = 0;
    for (;;) {
      int c = peek();
      if (c == kEof || (!triple && (c == '\n' || c == '\r'))) {
        // Reported at the literal's start; "detected at" names the line the scan stopped on.
        int detected = (c == kEof && pos_ == line_start_ && line_ > start_line) ? line_ - 1 : line_;
        int off = static_cast<int>(start - start_line_start) + 1;
        std::string msg = triple ? "unterminated triple-quoted string literal (detected at line "
                                 : "unterminated string literal (detected at line ";
        msg += std::to_string(detected) + ")";
        fail("SyntaxError", std::move(msg), LexErrorClass::Raising, start_line, off, start_line,
             off);
        err_->incomplete = triple;
        return;
      }
      if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
        body_end = pos_;
        pos_ += triple ? 3 : 1;
        break;
      }
      if (c == '\\') {
        ++pos_;
        if (peek() == kEof) continue;
      }
      if (at_newline()) {
        consume_newline();
      } else {
        ++pos_;
      }
    }
    if (triple) flags |= kStrTriple;
    flags |= static_cast<std::uint32_t>(prefix_len) << kStrPrefixShift;
    std::string_view raw = s_.substr(body, body_end - body);
    std::string value;
    if (flags & kStrBytes) {
      for (char ch : raw) {
        if (static_cast<unsigned char>(ch) >= 128) {
          flags |= kStrDecodeError | kStrErrorAtToken;
          value = "bytes can only contain ASCII literal characters";
          break;
        }
      }
    }
    if (!(flags & kStrDecodeError)) {
      if (flags & (kStrRaw | kStrFormat)) {
        value = normalize_newlines(raw);
      } else {
        std::string error;
        if (!decode_string_body(raw, (flags & kStrBytes) != 0, &value, &error)) {
          flags |= kStrDecodeError;
          value = std::move(error);
        }
      }
    }
    emit(TokenKind::String, start, start_line, start_line_start, std::move(value), flags);
  }

  static std::string normalize_newlines(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\r') {
        out.push_back('\n');
        if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      } else {
        out.push_back(raw[i]);
      }
    }
    return out;
  }

  struct Bracket {
    char ch;
    int line, col;
  };

  std::string_view s_;
  Source source_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  bool atbol_ = true;
  bool done_ = false;
  std::vector<int> indents_{0}, altindents_{0};
  std::vector<Bracket> brackets_;
  std::vector<Token> toks_;
  std::optional<LexError> err_;
};

}  // namespace

LexResult tokenize(std::string_view source) {
  return Lexer(source).run();
}

namespace {

// CPython reports escape errors at positions in a copy of the body where every non-ASCII
// character became a 10-byte \U escape: the extra bytes for the character led by `lead`.
std::size_t unicode_escape_growth(unsigned char lead) {
  return lead < 0xC0 ? 0 : 10 - (lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2);
}

}  // namespace

bool decode_string_body(std::string_view b, bool bytes, std::string* out, std::string* error) {
  out->clear();
  out->reserve(b.size());
  std::function<std::string(std::size_t)> position;
  auto unicode_error = [&](std::size_t first, std::size_t last, const char* what) {
    *error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
             position(first) + "-" + position(last) + ": " + what;
    return false;
  };
  auto hex_value = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
  // `shift` converts our byte offsets to CPython's (see unicode_escape_growth).
  long shift = 0;
  position = [&](std::size_t at) { return std::to_string(static_cast<long>(at) + shift); };
  std::size_t i = 0, n = b.size();
  while (i < n) {
    char c = b[i];
    if (!bytes) {
      shift += static_cast<long>(unicode_escape_growth(static_cast<unsigned char>(c)));
    }
    if (c == '\r') {
      out->push_back('\n');
      i += (i + 1 < n && b[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c != '\\' || i + 1 >= n) {
      out->push_back(c);
      ++i;
      continue;
    }
    std::size_t start = i;
    char e = b[i + 1];
    i += 2;
    switch (e) {
      case '\n':
        break;
      case '\r':
        if (i < n && b[i] == '\n') ++i;
        break;
      case '\\':
      case '\'':
      case '"':
        out->push_back(e);
        break;
      case 'a':
        out->push_back('\a');
        break;
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'n':
        out->push_back('\n');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'v':
        out->push_back('\v');
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        unsigned v = static_cast<unsigned>(e - '0');
        for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; ++k) {
          v = v * 8 + static_cast<unsigned>(b[i++] - '0');
        }
        if (bytes) {
          out->push_back(static_cast<char>(v & 0xFF));
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (bytes && e != 'x') {
          out->push_back('\\');
          out->push_back(e);
          break;
        }
        std::size_t want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        std::size_t got = 0;
        char32_t v = 0;
        while (got < want && i + got < n && is_xdigit(static_cast<unsigned char>(b[i + got]))) {
          v = v * 16 + static_cast<char32_t>(hex_value(b[i + got]));
          ++got;
        }
        if (got < want) {
          if (bytes) {
            *error = "(value error) invalid \\x escape at position " + std::to_string(start);
            return false;
          }
          return unicode_error(start, start + 1 + got,
                               e == 'x'   ? "truncated \\xXX escape"
                               : e == 'u' ? "truncated \\uXXXX escape"
                                          : "truncated \\UXXXXXXXX escape");
        }
        i += want;
        if (v > 0x10FFFF)
          return unicode_error(start, start + 1 + want, "illegal Unicode character");
        if (bytes) {
          out->push_back(static_cast<char>(v));
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'N':
        if (!bytes) {
          if (i >= n || b[i] != '{') {
            return unicode_error(start, start + 1, "malformed \\N character escape");
          }
          std::size_t close = b.find('}', i);
          if (close == std::string_view::npos) {
            return unicode_error(start, n - 1, "malformed \\N character escape");
          }
          if (close == i + 1) return unicode_error(start, i, "malformed \\N character escape");
          std::string_view name = b.substr(i + 1, close - i - 1);
          std::optional<char32_t> cp = lookup_unicode_name(name);
          if (!cp) {
            // The end position counts the name's non-ASCII characters as CPython's \U copies.
            std::size_t growth = 0;
            for (char ch : name)
              growth += unicode_escape_growth(static_cast<unsigned char>(ch));
            return unicode_error(start, close + growth, "unknown Unicode character name");
          }
          append_utf8(out, *cp);
          i = close + 1;
          break;
        }
        [[fallthrough]];
      default:
        // Unknown escapes stay as written (CPython only warns).
        out->push_back('\\');
        out->push_back(e);
        break;
    }
  }
  return true;
}

}  // namespace gilt::front
