// Unicode character names for the "\N{NAME}" string escape, as CPython 3.11 resolves them
// (Unicode 14): the names of unicodedata.name(), the algorithmic CJK unified ideograph and Hangul
// syllable names, and the formal name aliases. Named sequences are not characters and are rejected.
#pragma once

#include <optional>
#include <string_view>

namespace gilt::front {

// The code point called `name`, matched case-insensitively like CPython, except the algorithmic
// "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE ..." names, which must be all uppercase.
std::optional<char32_t> lookup_unicode_name(std::string_view name);

}  // namespace gilt::front
