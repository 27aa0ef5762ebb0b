// Private to str*.cpp: helpers shared by the str type's files.
#pragma once

#include <string_view>

#include "runtime/args.hpp"
#include "runtime/str.hpp"

namespace gilt {

void init_str_methods(TypeObject* str);       // str_methods.cpp: split, join, find...
void init_str_case_methods(TypeObject* str);  // str_case.cpp: upper, isdigit...

// args[0] of a str method, checked: "descriptor 'upper' for 'str' objects doesn't apply to a
// 'int' object" when a method is called unbound on something else.
StrObject* str_self(const CallArgs& a, const char* method);

// Byte offset of code point `cp` (0 <= cp <= length) and the reverse; O(1) for ASCII text.
inline size_t str_byte_offset(const StrObject* s, int64_t cp) {
  return s->ascii ? static_cast<size_t>(cp) : utf8_offset(s->view(), cp);
}
inline int64_t str_cp_index(const StrObject* s, size_t byte) {
  return s->ascii ? static_cast<int64_t>(byte)
                  : static_cast<int64_t>(utf8_length(s->view().substr(0, byte)));
}

// The str of one code point (shared for ASCII).
Value str_from_cp(uint32_t cp);

// CPython's ADJUST_INDICES for find/count/startswith: optional start/end (Null or None = open)
// clamped to [0, len], as code-point indices.
void adjust_indices(const Value& start, const Value& end, int64_t len, int64_t& s, int64_t& e);

}  // namespace gilt
