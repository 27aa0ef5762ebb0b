// Unicode character classes the lexer needs, for code points >= 0x80 (ASCII is handled inline).
// Generated from CPython 3.11's unicodedata (Unicode 14): str.isidentifier() and str.isprintable().
#pragma once

namespace gilt::front {

bool is_xid_start(char32_t cp);     // may start an identifier (XID_Start)
bool is_xid_continue(char32_t cp);  // may continue an identifier (XID_Continue)
bool is_printable(char32_t cp);     // as str.isprintable(): picks the "invalid character" message

}  // namespace gilt::front
