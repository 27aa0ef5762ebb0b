// Lexer tests. Expected error messages and positions were produced by CPython 3.11.7:
//   compile(src, "x.py", "exec") -> SyntaxError.msg / lineno / offset.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "interpreter/lexer.hpp"
#include "interpreter/parse.hpp"

using gilt::front::InputStatus;
using gilt::front::LexErrorClass;
using gilt::front::LexResult;
using gilt::front::Token;
using gilt::front::tokenize;
using gilt::front::TokenKind;

namespace {

// "NAME:x OP:= NUMBER:1 NEWLINE ENDMARKER" style summary of the token kinds.
std::string kinds(std::string_view src) {
  LexResult r = tokenize(src);
  std::string out;
  for (const Token& t : r.tokens) {
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case TokenKind::Name:
        out += "NAME:" + t.text;
        break;
      case TokenKind::Number:
        out += "NUMBER:" + t.text;
        break;
      case TokenKind::String:
        out += "STRING";
        break;
      default:
        out += gilt::front::token_kind_name(t.kind);
        break;
    }
  }
  if (r.error) out += " !" + r.error->info.msg;
  return out;
}

const Token& first_string(const LexResult& r) {
  for (const Token& t : r.tokens) {
    if (t.kind == TokenKind::String) return t;
  }
  FAIL("no string token");
  return r.tokens.front();
}

std::string str_value(std::string_view src) {
  LexResult r = tokenize(src);
  REQUIRE_FALSE(r.error);
  return first_string(r).text;
}

struct ErrorCase {
  const char* src;
  const char* type;
  const char* msg;
  int line, offset;
};

}  // namespace

TEST_CASE("tokens, positions and the final NEWLINE") {
  LexResult r = tokenize("x = 1");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.tokens.size() == 5);
  CHECK(r.tokens[0].kind == TokenKind::Name);
  CHECK(r.tokens[1].kind == TokenKind::Equal);
  CHECK(r.tokens[2].kind == TokenKind::Number);
  CHECK(r.tokens[3].kind == TokenKind::Newline);  // implicit at EOF, empty text
  CHECK(r.tokens[3].text.empty());
  CHECK(r.tokens[4].kind == TokenKind::EndMarker);
  CHECK(r.tokens[2].line == 1);
  CHECK(r.tokens[2].col == 4);
  CHECK(r.tokens[2].end_col == 5);
  CHECK(kinds("x = 1\n") == "NAME:x = NUMBER:1 NEWLINE ENDMARKER");
  CHECK(kinds("") == "ENDMARKER");
  CHECK(kinds("\n\n   \n# only a comment\n") == "ENDMARKER");
}

TEST_CASE("keywords and operators are distinct kinds") {
  CHECK(kinds("if not x is None") == "if not NAME:x is None NEWLINE ENDMARKER");
  CHECK(kinds("a**=b//=c>>=d<<=e") ==
        "NAME:a **= NAME:b //= NAME:c >>= NAME:d <<= NAME:e NEWLINE ENDMARKER");
  CHECK(kinds("f(x) -> ...:=@=!=") == "NAME:f ( NAME:x ) -> ... := @= != NEWLINE ENDMARKER");
  CHECK(kinds("match case _ print") == "NAME:match NAME:case NAME:_ NAME:print NEWLINE ENDMARKER");
  CHECK(kinds("a.b") == "NAME:a . NAME:b NEWLINE ENDMARKER");
  // Characters CPython turns into ERRORTOKEN (the parser then says "invalid syntax").
  CHECK(kinds("a $ b ? ! `") ==
        "NAME:a ERRORTOKEN NAME:b ERRORTOKEN ERRORTOKEN ERRORTOKEN NEWLINE ENDMARKER");
}

TEST_CASE("indentation produces INDENT/DEDENT") {
  CHECK(kinds("if x:\n  y\n  z\nw\n") ==
        "if NAME:x : NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT NAME:w NEWLINE "
        "ENDMARKER");
  CHECK(kinds("if a:\n if b:\n  c\n") ==
        "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT "
        "ENDMARKER");
  // Blank and comment-only lines do not count, whatever their indentation.
  CHECK(kinds("if a:\n\n      # c\n  b\n") ==
        "if NAME:a : NEWLINE INDENT NAME:b NEWLINE DEDENT ENDMARKER");
  // A tab goes to the next multiple of 8; consistent tabs are fine.
  CHECK(kinds("if a:\n\tb\n\tc\n") ==
        "if NAME:a : NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT ENDMARKER");
  LexResult r = tokenize("if a:\n    b\n");
  REQUIRE_FALSE(r.error);
  CHECK(r.tokens[4].kind == TokenKind::Indent);
  CHECK(r.tokens[4].end_col == 4);
}

TEST_CASE("implicit line joining and backslash continuation") {
  CHECK(kinds("x = (1,\n     2)\n") == "NAME:x = ( NUMBER:1 , NUMBER:2 ) NEWLINE ENDMARKER");
  CHECK(kinds("x = [\n  1,  # c\n\n]\n") == "NAME:x = [ NUMBER:1 , ] NEWLINE ENDMARKER");
  CHECK(kinds("x = 1 + \\\n    2\n") == "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE ENDMARKER");
  CHECK(kinds("if a:\n    x = {\n  'k': 1}\n") ==
        "if NAME:a : NEWLINE INDENT NAME:x = { STRING : NUMBER:1 } NEWLINE DEDENT ENDMARKER");
  CHECK(kinds("x = 1\r\ny = 2\r") ==
        "NAME:x = NUMBER:1 NEWLINE NAME:y = NUMBER:2 NEWLINE ENDMARKER");
  LexResult r = tokenize("a = (1,\n  2)");
  REQUIRE_FALSE(r.error);
  CHECK(r.tokens[5].line == 2);  // the NUMBER 2
  CHECK(r.tokens[5].col == 2);
}

TEST_CASE("numbers") {
  const char* ok[] = {"0",      "00",    "0_0",  "123", "1_000_000", "0x_ff", "0XAB", "0o17",
                      "0b1010", "0B1_0", "1.",   ".5",  "1.5e10",    "1e-5",  "1E+5", "1_0.0_1",
                      "3j",     "1.5J",  "1e5j", "0j",  "00.5",      "0e0",   "09.5", "0_1.5"};
  for (const char* s : ok) {
    LexResult r = tokenize(s);
    INFO(s);
    REQUIRE_FALSE(r.error);
    CHECK(r.tokens[0].kind == TokenKind::Number);
    CHECK(r.tokens[0].text == s);
  }
  CHECK(tokenize("12").tokens[0].flags == 0);
  CHECK(tokenize("1.5").tokens[0].flags == 1);
  CHECK(tokenize("1e3").tokens[0].flags == 1);
  CHECK(tokenize("2j").tokens[0].flags == 2);
  // A number directly followed by a keyword that valid code can put there.
  CHECK(kinds("1if x else 2") == "NUMBER:1 if NAME:x else NUMBER:2 NEWLINE ENDMARKER");
  CHECK(kinds("[0o7for x in y]") == "[ NUMBER:0o7 for NAME:x in NAME:y ] NEWLINE ENDMARKER");
  CHECK(kinds("0x1for") == "NUMBER:0x1f or NEWLINE ENDMARKER");  // as CPython: 'f' is a digit
  CHECK(kinds("1else") == "NUMBER:1 else NEWLINE ENDMARKER");
  CHECK(kinds("1.__class__").find("invalid decimal literal") != std::string::npos);
}

TEST_CASE("strings: prefixes, quotes and escapes") {
  CHECK(str_value("'abc'") == "abc");
  CHECK(str_value("\"a'b\"") == "a'b");
  CHECK(str_value("'''a\nb'''") == "a\nb");
  CHECK(str_value("\"\"\"x\"y\"\"\"") == "x\"y");
  CHECK(str_value(R"('\n\t\\\'\"\a\b\f\r\v')") == "\n\t\\'\"\a\b\f\r\v");
  CHECK(str_value(R"('\x41\101\0\u00e9\U0001F600')") ==
        std::string("AA\0\xc3\xa9\xf0\x9f\x98\x80", 9));
  CHECK(str_value(R"('\777')") == "\xc7\xbf");  // chr(511)
  CHECK(str_value(R"('\ud800')") == "\xed\xa0\x80");
  CHECK(str_value(R"('\d\w\q')") == R"(\d\w\q)");  // unknown escapes stay
  CHECK(str_value("'a\\\nb'") == "ab");            // line continuation inside a string
  CHECK(str_value("'''a\r\nb'''") == "a\nb");
  CHECK(str_value(R"(r'\n\d')") == R"(\n\d)");
  CHECK(str_value(R"(R'\'')") == R"(\')");
  CHECK(str_value(R"(b'\x00\xff\777\u1234')") == std::string("\0\xff\xff\\u1234", 9));
  CHECK(str_value("u'\xc3\xa9'") == "\xc3\xa9");

  for (const char* p : {"r", "u", "b", "f", "br", "rb", "fr", "rf", "Rb", "bR", "FR", "rF", "U"}) {
    std::string src = std::string(p) + "'x'";
    LexResult r = tokenize(src);
    INFO(src);
    REQUIRE_FALSE(r.error);
    CHECK(r.tokens[0].kind == TokenKind::String);
    CHECK(r.tokens.size() == 3);
  }
  CHECK(kinds("ub'x'") == "NAME:ub STRING NEWLINE ENDMARKER");  // not a prefix
  CHECK(kinds("bf'x'") == "NAME:bf STRING NEWLINE ENDMARKER");

  LexResult r = tokenize("x = rb'''a\n'''");
  REQUIRE_FALSE(r.error);
  const Token& t = first_string(r);
  CHECK((t.flags & gilt::front::kStrBytes));
  CHECK((t.flags & gilt::front::kStrRaw));
  CHECK((t.flags & gilt::front::kStrTriple));
  CHECK(gilt::front::string_body_col(t) == 9);
  CHECK(t.end_line == 2);
  CHECK(t.end_col == 3);
}

TEST_CASE("f-strings keep their raw body") {
  LexResult r = tokenize("s = f'a{x!r:>{w}}\\n'");
  REQUIRE_FALSE(r.error);
  const Token& t = first_string(r);
  CHECK((t.flags & gilt::front::kStrFormat));
  CHECK(t.text == "a{x!r:>{w}}\\n");
  CHECK(gilt::front::string_body_col(t) == 6);
}

TEST_CASE("string escape errors are carried to the parser") {
  LexResult r = tokenize(R"(x = '\xZZ')");
  REQUIRE_FALSE(r.error);
  const Token& t = first_string(r);
  CHECK((t.flags & gilt::front::kStrDecodeError));
  CHECK(t.text ==
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated "
        "\\xXX escape");
  std::string out, err;
  CHECK_FALSE(gilt::front::decode_string_body("\\N{DASH}", false, &out, &err));
  CHECK(err.find("unknown Unicode character name") != std::string::npos);
  CHECK(gilt::front::decode_string_body("a\\tb\\{", false, &out, &err));
  CHECK(out == "a\tb\\{");
}

TEST_CASE("\\N{NAME} escapes resolve Unicode 14 names like CPython 3.11") {
  // Values from CPython 3.11: eval('"\\N{...}"').encode().
  CHECK(str_value(R"('\N{SNOWMAN}')") == "\xe2\x98\x83");
  CHECK(str_value(R"('\N{snowman}')") == "\xe2\x98\x83");  // names are case-insensitive
  CHECK(str_value(R"('\N{Latin Small Letter E With Acute}!')") == "\xc3\xa9!");
  CHECK(str_value(R"('\N{GRINNING FACE}')") == "\xf0\x9f\x98\x80");
  CHECK(str_value(R"('\N{TIBETAN MARK BKA- SHOG YIG MGO}')") == "\xe0\xbc\x8a");
  // Name aliases (NameAliases.txt), including abbreviations.
  CHECK(str_value(R"('\N{LATIN CAPITAL LETTER GHA}')") == "\xc6\xa2");
  CHECK(str_value(R"('\N{BYTE ORDER MARK}')") == "\xef\xbb\xbf");
  CHECK(str_value(R"('a\N{LF}b')") == "a\nb");
  // Algorithmic names.
  CHECK(str_value(R"('\N{CJK UNIFIED IDEOGRAPH-4E00}')") == "\xe4\xb8\x80");
  CHECK(str_value(R"('\N{CJK UNIFIED IDEOGRAPH-2B738}')") == "\xf0\xab\x9c\xb8");
  CHECK(str_value(R"('\N{HANGUL SYLLABLE GAGG}')") == "\xea\xb0\x82");
  CHECK(str_value(R"('\N{HANGUL SYLLABLE A}')") == "\xec\x95\x84");
  CHECK(str_value(R"('\N{cjk compatibility ideograph-f900}')") == "\xef\xa4\x80");
  CHECK(str_value(R"('\N{KHITAN SMALL SCRIPT CHARACTER-18B00}')") == "\xf0\x98\xac\x80");
  CHECK(str_value(R"('\N{NUSHU CHARACTER-1B170}')") == "\xf0\x9b\x85\xb0");
  // Bytes keep the escape as written; raw strings do not decode it.
  CHECK(str_value(R"(b'\N{SNOWMAN}')") == R"(\N{SNOWMAN})");
  CHECK(str_value(R"(r'\N{SNOWMAN}')") == R"(\N{SNOWMAN})");

  // Rejected by CPython 3.11: the algorithmic families are case-sensitive, a named sequence is not
  // a character, Tangut ideographs have no names before 3.12, and words must match exactly.
  for (const char* name :
       {"cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-4DC0",
        "hangul syllable GA", "HANGUL SYLLABLE GAX", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
        "TANGUT IDEOGRAPH-17000", "CJK COMPATIBILITY IDEOGRAPH-0F900", "SNOW MAN", " SNOWMAN",
        "SNOWMAN ", "LATIN  SMALL LETTER A", "DASH"}) {
    INFO(name);
    std::string out, err;
    CHECK_FALSE(
        gilt::front::decode_string_body("\\N{" + std::string(name) + "}", false, &out, &err));
    CHECK(err.find(": unknown Unicode character name") != std::string::npos);
  }

  const ErrorCase cases[] = {
      {R"(x = "\N{NOPE}")", "SyntaxError",
       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode "
       "character name",
       1, 15},
      {"x = 1\ny = \"ab\\N{NOPE}\"", "SyntaxError",
       "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-9: unknown Unicode "
       "character name",
       2, 17},
      {"x = \"\xc3\xa9\\N{NOPE}\"", "SyntaxError",
       "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-17: unknown "
       "Unicode character name",
       1, 16},
      {"x = \"\\N{\xc3\xa9}\"", "SyntaxError",
       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode "
       "character name",
       1, 12},
      {R"(x = "\N{SNOWMAN}\N{NOPE}")", "SyntaxError",
       "(unicode error) 'unicodeescape' codec can't decode bytes in position 11-18: unknown "
       "Unicode character name",
       1, 26},
      {R"(x = "\N")", "SyntaxError",
       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N "
       "character escape",
       1, 9},
      {R"(x = "\Nx")", "SyntaxError",
       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N "
       "character escape",
       1, 10},
      {R"(x = "\N{")", "SyntaxError",
       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N "
       "character escape",
       1, 10},
      {R"(x = "\N{}")", "SyntaxError",
       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N "
       "character escape",
       1, 11},
      {R"(x = "\N{SNOWMAN")", "SyntaxError",
       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: malformed \\N "
       "character escape",
       1, 17},
  };
  for (const ErrorCase& c : cases) {
    INFO(std::string(c.src));
    auto r = gilt::front::parse_module(c.src);
    REQUIRE(r.error);
    CHECK(r.error->type == c.type);
    CHECK(r.error->msg == c.msg);
    CHECK(r.error->line == c.line);
    CHECK(r.error->offset == c.offset);
  }
}

TEST_CASE("tokenizer errors match CPython") {
  const ErrorCase cases[] = {
      {"x = \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
      {"x = b\"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
      {"x = '\\\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
      {"x = \"\"\"abc\n\n", "SyntaxError",
       "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
      {"x = rb'''abc", "SyntaxError",
       "unterminated triple-quoted string literal (detected at line 1)", 1, 5},
      {"f(1,\n", "SyntaxError", "'(' was never closed", 1, 2},
      {"x = [1, 2", "SyntaxError", "'[' was never closed", 1, 5},
      {"f(1))", "SyntaxError", "unmatched ')'", 1, 5},
      {"x = )", "SyntaxError", "unmatched ')'", 1, 5},
      {"f(1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1,
       4},
      {"f(1,\n2]", "SyntaxError",
       "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2},
      {"[(])", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1,
       3},
      {"if x:\n  a\n b\n", "IndentationError",
       "unindent does not match any outer indentation level", 3, 3},
      {"def f(x):\n    return x\n  y", "IndentationError",
       "unindent does not match any outer indentation level", 3, 4},
      {"if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation",
       3, 1},
      {"if x:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation",
       3, 1},
      {"if x:\n    \ta\n\t    b\n", "TabError",
       "inconsistent use of tabs and spaces in indentation", 3, 1},
      {"x = 1\xe2\x82\xac", "SyntaxError", "invalid character '\xe2\x82\xac' (U+20AC)", 1, 6},
      {"ab\xe2\x82\xac"
       "cd = 1",
       "SyntaxError", "invalid character '\xe2\x82\xac' (U+20AC)", 1, 3},
      {"x\xc2\xa0= 1", "SyntaxError", "invalid non-printable character U+00A0", 1, 2},
      {"x = \x01", "SyntaxError", "invalid non-printable character U+0001", 1, 5},
      {"x = 1 \x7f", "SyntaxError", "invalid non-printable character U+007F", 1, 7},
      {"x = 1abc", "SyntaxError", "invalid decimal literal", 1, 5},
      {"x = 1_", "SyntaxError", "invalid decimal literal", 1, 6},
      {"x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6},
      {"x = 1e", "SyntaxError", "invalid decimal literal", 1, 5},
      {"x = 1e+", "SyntaxError", "invalid decimal literal", 1, 7},
      {"x = 1.5_", "SyntaxError", "invalid decimal literal", 1, 8},
      {"x = 1.5e3x", "SyntaxError", "invalid decimal literal", 1, 9},
      {"x = 1.e", "SyntaxError", "invalid decimal literal", 1, 6},
      {"x = 1orx", "SyntaxError", "invalid decimal literal", 1, 5},
      {"x = 1andy", "SyntaxError", "invalid decimal literal", 1, 5},
      {"x = 5jx", "SyntaxError", "invalid imaginary literal", 1, 6},
      {"x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6},
      {"x = 0xg", "SyntaxError", "invalid hexadecimal literal", 1, 6},
      {"x = 0x1g", "SyntaxError", "invalid hexadecimal literal", 1, 7},
      {"x = 0b", "SyntaxError", "invalid binary literal", 1, 6},
      {"x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 8},
      {"x = 0o", "SyntaxError", "invalid octal literal", 1, 6},
      {"x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7},
      {"x = 012", "SyntaxError",
       "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
       "integers",
       1, 5},
      {"x = 0_7", "SyntaxError",
       "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
       "integers",
       1, 5},
      {"x = \\ y", "SyntaxError", "unexpected character after line continuation character", 1, 6},
      {"x = \\", "SyntaxError", "unexpected EOF while parsing", 1, 6},
      {"x = 1 +\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 9},
      {"a\n\\", "SyntaxError", "unexpected EOF while parsing", 2, 2},
  };
  for (const ErrorCase& c : cases) {
    INFO(std::string(c.src));
    auto r = gilt::front::parse_module(c.src);
    REQUIRE(r.error);
    CHECK(r.error->type == c.type);
    CHECK(r.error->msg == c.msg);
    CHECK(r.error->line == c.line);
    CHECK(r.error->offset == c.offset);
  }
}

TEST_CASE("NUL bytes") {
  auto r = gilt::front::parse_module(std::string("a\0b", 3));
  REQUIRE(r.error);
  CHECK(r.error->msg == "source code string cannot contain null bytes");
  CHECK(r.error->line == 0);  // CPython: lineno None
}

TEST_CASE("indentation and bracket limits") {
  std::string deep = "if True:\n";
  for (int i = 1; i <= 100; ++i)
    deep += std::string(static_cast<std::size_t>(i), ' ') + "if True:\n";
  deep += std::string(101, ' ') + "pass\n";
  auto r = gilt::front::parse_module(deep);
  REQUIRE(r.error);
  CHECK(r.error->type == "IndentationError");
  CHECK(r.error->msg == "too many levels of indentation");
  CHECK(r.error->line == 101);

  auto ok = gilt::front::parse_module(std::string(200, '(') + "1" + std::string(200, ')'));
  CHECK(ok.module);
  auto bad = gilt::front::parse_module(std::string(201, '(') + "1" + std::string(201, ')'));
  REQUIRE(bad.error);
  CHECK(bad.error->msg == "too many nested parentheses");
  CHECK(bad.error->offset == 201);
  // 10 MB of '(' stops at the 201st.
  auto huge = gilt::front::tokenize(std::string(10'000'000, '('));
  REQUIRE(huge.error);
  CHECK(huge.error->info.msg == "too many nested parentheses");
}

TEST_CASE("invalid UTF-8 is a SyntaxError") {
  auto r = gilt::front::parse_module("x = '\xff'\n");
  REQUIRE(r.error);
  CHECK(r.error->msg.find("can't decode byte 0xff") != std::string::npos);
  CHECK(r.error->line == 1);
  auto r2 = gilt::front::parse_module("# \xc3\n");
  REQUIRE(r2.error);
  CHECK(r2.error->msg.find("invalid continuation byte") != std::string::npos);
  CHECK(gilt::front::parse_module("\xef\xbb\xbfx = 1\n").module);  // a BOM is skipped
}

TEST_CASE("unicode identifiers") {
  CHECK(kinds("\xc3\xa9t\xc3\xa9 = 1") == "NAME:\xc3\xa9t\xc3\xa9 = NUMBER:1 NEWLINE ENDMARKER");
  CHECK(kinds("x = \xe5\xa4\x89\xe6\x95\xb0") ==
        "NAME:x = NAME:\xe5\xa4\x89\xe6\x95\xb0 NEWLINE ENDMARKER");
  auto r = gilt::front::parse_module("x = 1\xc3\xa9");  // a name right after a number
  REQUIRE(r.error);
  CHECK(r.error->msg == "invalid syntax");
  CHECK(r.error->offset == 6);
}

TEST_CASE("deferred tokenizer errors lose to an earlier parser error") {
  auto r = gilt::front::parse_module("x = (1 2)\nif x:\n  a\n b\n");
  REQUIRE(r.error);
  CHECK(r.error->msg == "invalid syntax. Perhaps you forgot a comma?");
  // ...but raising ones win wherever they are.
  auto r2 = gilt::front::parse_module("x = (1 2)\ny = 'abc\n");
  REQUIRE(r2.error);
  CHECK(r2.error->msg == "unterminated string literal (detected at line 2)");
  // An unclosed bracket wins over an error on a later line only.
  auto r3 = gilt::front::parse_module("y = (\nx = (1 2)\n");
  REQUIRE(r3.error);
  CHECK(r3.error->msg == "'(' was never closed");
  auto r4 = gilt::front::parse_module("x = (1 2)\ny = (\n");
  REQUIRE(r4.error);
  CHECK(r4.error->msg == "invalid syntax. Perhaps you forgot a comma?");
}

TEST_CASE("check_interactive") {
  using gilt::front::check_interactive;
  CHECK(check_interactive("") == InputStatus::Complete);
  CHECK(check_interactive("x = 1\n") == InputStatus::Complete);
  CHECK(check_interactive("print(1)") == InputStatus::Complete);
  CHECK(check_interactive("x = (1,\n") == InputStatus::Incomplete);
  CHECK(check_interactive("x = '''abc\n") == InputStatus::Incomplete);
  CHECK(check_interactive("x = 1 + \\\n") == InputStatus::Incomplete);
  CHECK(check_interactive("if x:\n") == InputStatus::Incomplete);
  CHECK(check_interactive("if x:\n  y = 1\n") == InputStatus::Incomplete);
  CHECK(check_interactive("if x:\n  y = 1\n\n") == InputStatus::Complete);
  CHECK(check_interactive("if x: pass\n") == InputStatus::Incomplete);
  CHECK(check_interactive("def f():\n  return 1\n\n") == InputStatus::Complete);
  CHECK(check_interactive("class C:\n  def f(self):\n") == InputStatus::Incomplete);
  CHECK(check_interactive("try:\n  x\n") == InputStatus::Incomplete);
  CHECK(check_interactive("@dec\n") == InputStatus::Incomplete);
  CHECK(check_interactive("x = 1 +\n") == InputStatus::Error);
  CHECK(check_interactive("x = )\n") == InputStatus::Error);
  CHECK(check_interactive("  x = 1\n") == InputStatus::Error);
  CHECK(check_interactive("x = 'abc\n") == InputStatus::Error);
  CHECK(check_interactive("x = 1 +\ny = (\n") == InputStatus::Error);
  CHECK(check_interactive("if x:\n  pass\nelse\n") == InputStatus::Error);
}

TEST_CASE("dump_tokens") {
  std::string d = gilt::front::dump_tokens("if x:\n  y = 'a'\n");
  CHECK(d.find("KEYWORD") != std::string::npos);
  CHECK(d.find("INDENT") != std::string::npos);
  CHECK(d.find("'a'") != std::string::npos);
  CHECK(gilt::front::dump_tokens("x = )").find("unmatched ')'") != std::string::npos);
}
