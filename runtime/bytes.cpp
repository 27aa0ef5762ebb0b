// The bytes type (minimal) and the utf-8/ascii/latin-1 codecs str.encode and bytes.decode use.
#include "runtime/bytes.hpp"

#include <cctype>
#include <cstdio>

#include "runtime/api.hpp"
#include "runtime/core_types.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/range.hpp"
#include "runtime/slot_wrappers.hpp"
#include "runtime/str.hpp"

namespace gilt {

BytesObject::BytesObject(std::string d) : Object(bytes_type), data(std::move(d)) {}
BytesObject::~BytesObject() = default;

Value make_bytes(std::string_view data) {
  return Value(new BytesObject(std::string(data)));
}

std::string bytes_repr(std::string_view data) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  char buf[8];
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

// --- codecs ---

namespace {

enum class Codec { Utf8, Ascii, Latin1 };
enum class ErrorMode { Strict, Ignore, Replace };

Codec find_codec(std::string_view encoding) {
  std::string norm;
  for (char c : encoding)
    norm += c == '-' || c == ' ' ? '_' : static_cast<char>(std::tolower(c));
  if (norm == "utf_8" || norm == "utf8" || norm == "u8" || norm == "utf") return Codec::Utf8;
  if (norm == "ascii" || norm == "us_ascii" || norm == "646") return Codec::Ascii;
  if (norm == "latin_1" || norm == "latin1" || norm == "iso_8859_1" || norm == "iso8859_1" ||
      norm == "l1" || norm == "latin" || norm == "8859" || norm == "cp819")
    return Codec::Latin1;
  raise(exc_LookupError, cat("unknown encoding: ", encoding));
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8:
      return "utf-8";
    case Codec::Ascii:
      return "ascii";
    default:
      return "latin-1";
  }
}

// Checked only when an error happens, as CPython does.
ErrorMode error_mode(std::string_view errors) {
  if (errors == "strict") return ErrorMode::Strict;
  if (errors == "ignore") return ErrorMode::Ignore;
  if (errors == "replace") return ErrorMode::Replace;
  raise(exc_LookupError, cat("unknown error handler name '", errors, "'"));
}

// TODO(exceptions): UnicodeDecodeError/UnicodeEncodeError are not in exceptions.def yet; their
// base UnicodeError carries the same message until they are.
[[noreturn]] void decode_error(Codec codec, std::string_view data, size_t from, size_t to,
                               const char* reason) {
  char buf[160];
  if (to - from == 1) {
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                  codec_name(codec), static_cast<unsigned char>(data[from]), from, reason);
  } else {
    std::snprintf(buf, sizeof buf, "'%s' codec can't decode bytes in position %zu-%zu: %s",
                  codec_name(codec), from, to - 1, reason);
  }
  raise(exc_UnicodeError, buf);
}

// Length of the valid UTF-8 sequence at i, or 0 with the bad range's end and reason.
size_t utf8_sequence(std::string_view d, size_t i, size_t& bad_end, const char*& reason) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(d[k]); };
  unsigned char c = at(i);
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    bad_end = i + 1;
    reason = "invalid start byte";
    return 0;
  }
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= d.size()) {
      bad_end = d.size();
      reason = "unexpected end of data";
      return 0;
    }
    unsigned char b = at(i + k);
    bool ok = k == 1 ? (b >= lo && b <= hi) : (b & 0xC0) == 0x80;
    if (!ok) {
      bad_end = i + k;
      reason = "invalid continuation byte";
      return 0;
    }
  }
  return need + 1;
}

}  // namespace

Value decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors) {
  Codec codec = find_codec(encoding);
  std::string out;
  out.reserve(data.size());
  for (size_t i = 0; i < data.size();) {
    auto c = static_cast<unsigned char>(data[i]);
    size_t n = 0, bad_end = i + 1;
    const char* reason = "ordinal not in range(128)";
    if (codec == Codec::Latin1) {
      utf8_append(out, c);
      ++i;
      continue;
    }
    if (codec == Codec::Ascii) {
      n = c < 0x80 ? 1 : 0;
    } else {
      n = utf8_sequence(data, i, bad_end, reason);
    }
    if (n) {
      out.append(data, i, n);
      i += n;
      continue;
    }
    ErrorMode mode = error_mode(errors);
    if (mode == ErrorMode::Strict) decode_error(codec, data, i, bad_end, reason);
    if (mode == ErrorMode::Replace) utf8_append(out, 0xFFFD);
    i = bad_end;
  }
  return make_str(out);
}

Value encode_str(const StrObject* s, std::string_view encoding, std::string_view errors) {
  Codec codec = find_codec(encoding);
  if (codec == Codec::Utf8 || s->ascii) return make_bytes(s->view());
  uint32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
  std::string out;
  std::string_view text = s->view();
  int64_t index = 0;
  for (size_t pos = 0; pos < text.size(); ++index) {
    uint32_t cp = utf8_decode(text, pos);
    if (cp < limit) {
      out += static_cast<char>(cp);
      continue;
    }
    ErrorMode mode = error_mode(errors);
    if (mode == ErrorMode::Replace) out += '?';
    if (mode != ErrorMode::Strict) continue;
    // CPython reports the whole run of unencodable characters.
    int64_t end = index + 1;
    for (size_t p = pos; p < text.size() && utf8_decode(text, p) >= limit;)
      ++end;
    char buf[200];
    const char* range = limit == 0x80 ? "128" : "256";
    if (end - index == 1) {
      char ch[16];
      std::snprintf(ch, sizeof ch,
                    cp <= 0xff     ? "\\x%02x"
                    : cp <= 0xffff ? "\\u%04x"
                                   : "\\U%08x",
                    cp);
      std::snprintf(
          buf, sizeof buf,
          "'%s' codec can't encode character '%s' in position %lld: ordinal not in range(%s)",
          codec_name(codec), ch, static_cast<long long>(index), range);
    } else {
      std::snprintf(
          buf, sizeof buf,
          "'%s' codec can't encode characters in position %lld-%lld: ordinal not in range(%s)",
          codec_name(codec), static_cast<long long>(index), static_cast<long long>(end - 1), range);
    }
    raise(exc_UnicodeError, buf);
  }
  return make_bytes(out);
}

// --- the bytes type ---

namespace {

const BytesObject* as_bytes(const Value& v) {
  return v.as<BytesObject>();
}

Value bytes_repr_slot(const Value& self) {
  return make_str(bytes_repr(as_bytes(self)->view()));
}

int64_t bytes_hash(const Value& self) {
  const BytesObject* b = as_bytes(self);
  if (b->hash == -1) b->hash = hash_bytes(b->view());
  return b->hash;
}

Value bytes_compare(const Value& a, const Value& b, CmpOp op) {
  if (!is_bytes(b)) return Value();
  int c = as_bytes(a)->view().compare(as_bytes(b)->view());
  switch (op) {
    case CmpOp::Lt:
      return Value::boolean(c < 0);
    case CmpOp::Le:
      return Value::boolean(c <= 0);
    case CmpOp::Eq:
      return Value::boolean(c == 0);
    case CmpOp::Ne:
      return Value::boolean(c != 0);
    case CmpOp::Gt:
      return Value::boolean(c > 0);
    default:
      return Value::boolean(c >= 0);
  }
}

Value repeat(const BytesObject* b, const Value& count) {
  int64_t n = index_to_ssize(count, exc_OverflowError);
  if (n <= 0) return make_bytes("");
  uint64_t size = b->data.size();
  if (size && size > static_cast<uint64_t>(INT64_MAX) / static_cast<uint64_t>(n))
    raise_overflow_error("repeated bytes are too long");
  if (size * static_cast<uint64_t>(n) > (uint64_t{1} << 34)) raise_memory_error();
  std::string out;
  out.reserve(size * n);
  for (int64_t i = 0; i < n; ++i)
    out += b->data;
  return make_bytes(out);
}

Value bytes_binary(BinOp op, const Value& a, const Value& b) {
  switch (op) {
    case BinOp::Add:
    case BinOp::InplaceAdd:
      if (is_bytes(a) && is_bytes(b)) {
        std::string out = as_bytes(a)->data;
        out += as_bytes(b)->data;
        return make_bytes(out);
      }
      return Value();
    case BinOp::Mul:
    case BinOp::InplaceMul:
      if (is_bytes(a) && is_index(b)) return repeat(as_bytes(a), b);
      if (is_bytes(b) && is_index(a)) return repeat(as_bytes(b), a);
      return Value();
    default:
      return Value();
  }
}

int64_t bytes_len(const Value& self) {
  return static_cast<int64_t>(as_bytes(self)->data.size());
}

Value bytes_getitem(const Value& self, const Value& key) {
  const BytesObject* b = as_bytes(self);
  auto n = static_cast<int64_t>(b->data.size());
  if (is_index(key)) {
    int64_t i = index_to_ssize(key, exc_IndexError);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_index_error("index out of range");
    return Value::integer(static_cast<unsigned char>(b->data[static_cast<size_t>(i)]));
  }
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t count = key.as<SliceObject>()->indices(n, start, stop, step);
    if (count <= 0) return make_bytes("");
    if (step == 1)
      return make_bytes(b->view().substr(static_cast<size_t>(start), static_cast<size_t>(count)));
    std::string out;
    for (int64_t i = 0, k = start; i < count; ++i, k += step)
      out += b->data[static_cast<size_t>(k)];
    return make_bytes(out);
  }
  raise_type_error(cat("byte indices must be integers or slices, not ", type_name(key)));
}

bool bytes_contains(const Value& self, const Value& item) {
  if (is_index(item)) {
    int64_t v = index_to_ssize(item, exc_ValueError);
    if (v < 0 || v > 255) raise_value_error("byte must be in range(0, 256)");
    return as_bytes(self)->data.find(static_cast<char>(v)) != std::string::npos;
  }
  if (is_bytes(item)) return as_bytes(self)->data.find(as_bytes(item)->data) != std::string::npos;
  raise_type_error(cat("a bytes-like object is required, not '", type_name(item), "'"));
}

TypeObject* bytes_iterator_type = nullptr;

struct BytesIterObject : Object {
  Ref<BytesObject> bytes;
  size_t pos = 0;
  explicit BytesIterObject(BytesObject* b) : Object(bytes_iterator_type), bytes(b) {}
  ~BytesIterObject() override = default;
};

Value bytes_iter(const Value& self) {
  return Value(new BytesIterObject(self.as<BytesObject>()));
}
Value iter_self(const Value& self) {
  return self;
}
bool bytes_iter_next(const Value& self, Value& out) {
  auto* it = self.as<BytesIterObject>();
  if (!it->bytes || it->pos >= it->bytes->data.size()) {
    it->bytes = Ref<BytesObject>();
    return false;
  }
  out = Value::integer(static_cast<unsigned char>(it->bytes->data[it->pos++]));
  return true;
}

// bytes(), bytes(n), bytes(iterable_of_ints), bytes(str, encoding[, errors]), bytes(bytes)
Value bytes_new(TypeObject* /*type*/, const CallArgs& args) {
  Value out[3];
  bind_args(args, "bytes", {"source", "encoding", "errors"}, 0, 0, out);
  for (int i = 1; i < 3; ++i) {
    if (!out[i].is_null() && !is_str(out[i]))
      raise_type_error(cat("bytes() argument '", i == 1 ? "encoding" : "errors",
                           "' must be str, not ", type_name(out[i])));
  }
  const Value& src = out[0];
  if (src.is_null()) {
    if (!out[1].is_null()) raise_type_error("encoding without a string argument");
    if (!out[2].is_null()) raise_type_error("errors without a string argument");
    return make_bytes("");
  }
  if (is_str(src)) {
    if (out[1].is_null()) raise_type_error("string argument without an encoding");
    std::string_view errors = out[2].is_null() ? "strict" : out[2].as<StrObject>()->view();
    return encode_str(src.as<StrObject>(), out[1].as<StrObject>()->view(), errors);
  }
  if (!out[1].is_null()) raise_type_error("encoding without a string argument");
  if (!out[2].is_null()) raise_type_error("errors without a string argument");
  if (is_exact(src, bytes_type)) return src;
  if (is_bytes(src)) return make_bytes(as_bytes(src)->view());
  if (is_index(src)) {
    int64_t n = index_to_ssize(src, exc_OverflowError);
    if (n < 0) raise_value_error("negative count");
    if (static_cast<uint64_t>(n) > (uint64_t{1} << 34)) raise_memory_error();
    return make_bytes(std::string(static_cast<size_t>(n), '\0'));
  }
  if (!type_of(src)->iter)
    raise_type_error(cat("cannot convert '", type_name(src), "' object to bytes"));
  std::string data;
  for_each(src, [&](const Value& item) {
    int64_t v = index_to_ssize(item, exc_ValueError);
    if (v < 0 || v > 255) raise_value_error("bytes must be in range(0, 256)");
    data += static_cast<char>(v);
  });
  return make_bytes(data);
}

Value bytes_decode(const CallArgs& a) {
  if (a.nargs == 0 || !is_bytes(a[0]))
    raise_type_error("descriptor 'decode' for 'bytes' objects doesn't apply to this object");
  Value out[2];
  bind_args(a.shifted(), "decode", {"encoding", "errors"}, 0, 0, out);
  const char* names[2] = {"encoding", "errors"};
  for (int i = 0; i < 2; ++i) {
    if (!out[i].is_null() && !is_str(out[i]))
      raise_type_error(
          cat("decode() argument '", names[i], "' must be str, not ", type_name(out[i])));
  }
  std::string_view encoding = out[0].is_null() ? "utf-8" : out[0].as<StrObject>()->view();
  std::string_view errors = out[1].is_null() ? "strict" : out[1].as<StrObject>()->view();
  return decode_bytes(as_bytes(a[0])->view(), encoding, errors);
}

}  // namespace

void init_bytes_type() {
  TypeObject* t = bytes_type;
  t->flags |= kTypeBaseType;
  t->doc =
      "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
      "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
      "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
      "bytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n"
      "  - an iterable yielding integers in range(256)\n"
      "  - a text string encoded using the specified encoding\n"
      "  - any object implementing the buffer API.\n  - an integer";
  t->repr = bytes_repr_slot;
  t->hash = bytes_hash;
  t->compare = bytes_compare;
  t->binary = bytes_binary;
  t->len = bytes_len;
  t->getitem = bytes_getitem;
  t->contains = bytes_contains;
  t->iter = bytes_iter;
  t->new_ = bytes_new;
  add_method(t, "decode", bytes_decode);
  add_slot_wrappers<&bytes_type>({"__repr__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__",
                                  "__gt__", "__ge__", "__len__", "__getitem__", "__contains__",
                                  "__iter__", "__add__", "__mul__", "__rmul__"});

  bytes_iterator_type = new TypeObject("bytes_iterator", object_type);
  bytes_iterator_type->refcnt = 1;  // immortal, as the built-in types are
  bytes_iterator_type->iter = iter_self;
  bytes_iterator_type->next = bytes_iter_next;
  add_slot_wrappers<&bytes_iterator_type>({"__iter__", "__next__"});
}

}  // namespace gilt
