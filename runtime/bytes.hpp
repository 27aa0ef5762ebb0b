// bytes: an immutable byte string (minimal for now: literals, indexing, slicing, concatenation,
// comparison, hashing, iteration, and UTF-8/ASCII/Latin-1 encode and decode).
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.hpp"

namespace gilt {

struct StrObject;

struct BytesObject : Object {
  std::string data;
  mutable int64_t hash = -1;  // cached; -1 = not computed
  explicit BytesObject(std::string data);
  ~BytesObject() override;
  std::string_view view() const { return data; }
};

inline bool is_bytes(const Value& v) {
  return v.is_obj() && v.as_obj()->type->is_subtype_of(bytes_type);
}

Value make_bytes(std::string_view data);
// repr() of bytes: b'...' with CPython's quote choice and \t \n \r \xhh escapes.
std::string bytes_repr(std::string_view data);

// Codecs (utf-8, ascii, latin-1 and their usual aliases; errors "strict", "ignore", "replace").
// LookupError "unknown encoding: x"; decode/encode failures raise CPython's messages, e.g.
// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
Value decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors);
Value encode_str(const StrObject* s, std::string_view encoding, std::string_view errors);

}  // namespace gilt
