// str: immutable Unicode text, stored as UTF-8 and indexed by code point.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.hpp"

namespace gilt {

struct StrObject : Object {
  std::string data;           // valid UTF-8 (surrogates are not representable; nothing makes them)
  int64_t length = 0;         // in code points
  mutable int64_t hash = -1;  // cached; -1 = not computed
  bool ascii = true;          // every code point < 128: byte index == code-point index
  bool interned = false;

  explicit StrObject(std::string utf8);
  // For text whose code-point length and ASCII-ness the caller already knows (concatenation,
  // join, repetition), which saves the scan over every byte.
  StrObject(std::string utf8, int64_t length, bool ascii);
  ~StrObject() override;

  std::string_view view() const { return data; }
};

inline bool is_str(const Value& v) {
  return v.is_obj() && (v.as_obj()->type == str_type || v.as_obj()->type->is_subtype_of(str_type));
}

Value make_str(std::string_view utf8);  // a new str (shared for "" and one-ASCII-char strings)
Ref<StrObject> new_str(std::string utf8);
// The interned str for `s`: one object per distinct text for the life of the process. Names in
// code objects, dict keys of type dicts and attribute names are interned, so they compare by
// pointer first.
StrObject* intern(std::string_view s);
int64_t str_hash(const StrObject* s);
bool str_equal(const StrObject* a, const StrObject* b);

// repr() of text as Python shows it: quotes chosen as CPython does, escapes for \n \t \\ and
// non-printable characters, printable non-ASCII kept.
std::string quote_str(std::string_view utf8);

// UTF-8 helpers shared by str methods, the lexer-independent runtime, and print.
size_t utf8_length(std::string_view s);                    // code points (input valid)
size_t utf8_offset(std::string_view s, int64_t cp_index);  // byte offset of a code point
uint32_t utf8_decode(std::string_view s, size_t& pos);     // code point at pos, advances pos
void utf8_append(std::string& out, uint32_t cp);
bool utf8_valid(std::string_view s);

// The hash str and bytes share (so b"a" and "a" hash alike, as in CPython); never -1.
int64_t hash_bytes(std::string_view s);

}  // namespace gilt
