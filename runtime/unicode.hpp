// Unicode character properties and case mappings for str methods, repr and int()/float()
// parsing, answering as CPython 3.11 does (Unicode 14.0; tables generated from CPython itself
// by unicode_tables.py). ASCII takes inline fast paths; everything else a binary search.
#pragma once

#include <cstdint>
#include <string>

namespace gilt::unicode {

bool is_printable(uint32_t cp);  // repr keeps it as is (not Cc/Cf/Cs/Co/Cn/Zl/Zp/Zs but ' ')
bool is_alpha(uint32_t cp);
bool is_decimal(uint32_t cp);  // Nd: what int() and float() accept as digits
bool is_digit(uint32_t cp);
bool is_numeric(uint32_t cp);
bool is_space(uint32_t cp);  // str.isspace / split()'s whitespace
bool is_lower(uint32_t cp);
bool is_upper(uint32_t cp);
bool is_title(uint32_t cp);           // titlecase letters (Lt) only
bool is_cased(uint32_t cp);           // lower, upper or title
bool is_case_ignorable(uint32_t cp);  // skipped when lower() decides whether Σ ends a word
bool is_xid_start(uint32_t cp);
bool is_xid_continue(uint32_t cp);
bool is_linebreak(uint32_t cp);  // str.splitlines' boundaries
int decimal_value(uint32_t cp);  // 0..9, or -1 when not a decimal digit

// Full case mappings (ß upper → "SS"), appended to `out` as UTF-8.
void append_upper(std::string& out, uint32_t cp);
void append_lower(std::string& out, uint32_t cp);
void append_title(std::string& out, uint32_t cp);
void append_casefold(std::string& out, uint32_t cp);

}  // namespace gilt::unicode
