// The str type: objects, interning, hashing, UTF-8 helpers, and the protocol slots (concat,
// repeat, compare, index, slice, iterate, construct).
#include "runtime/str.hpp"

#include <cstring>
#include <unordered_map>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/bytes.hpp"
#include "runtime/core_types.hpp"
#include "runtime/errors.hpp"
#include "runtime/format.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/range.hpp"
#include "runtime/slot_wrappers.hpp"
#include "runtime/str_impl.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

// --- UTF-8 ---

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    n += (c & 0xC0) != 0x80;
  return n;
}

size_t utf8_offset(std::string_view s, int64_t cp_index) {
  size_t pos = 0;
  for (int64_t i = 0; i < cp_index && pos < s.size(); ++i) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80)
      ++pos;
  }
  return pos;
}

uint32_t utf8_decode(std::string_view s, size_t& pos) {
  auto byte = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i])); };
  uint32_t c = byte(pos);
  if (c < 0x80) {
    pos += 1;
    return c;
  }
  if (c < 0xE0) {
    uint32_t r = ((c & 0x1F) << 6) | (byte(pos + 1) & 0x3F);
    pos += 2;
    return r;
  }
  if (c < 0xF0) {
    uint32_t r = ((c & 0x0F) << 12) | ((byte(pos + 1) & 0x3F) << 6) | (byte(pos + 2) & 0x3F);
    pos += 3;
    return r;
  }
  uint32_t r = ((c & 0x07) << 18) | ((byte(pos + 1) & 0x3F) << 12) | ((byte(pos + 2) & 0x3F) << 6) |
               (byte(pos + 3) & 0x3F);
  pos += 4;
  return r;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool utf8_valid(std::string_view s) {
  size_t i = 0, n = s.size();
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  auto cont = [&](size_t k) { return k < n && (at(k) & 0xC0) == 0x80; };
  while (i < n) {
    unsigned char c = at(i);
    if (c < 0x80) {
      ++i;
    } else if (c >= 0xC2 && c < 0xE0) {
      if (!cont(i + 1)) return false;
      i += 2;
    } else if (c >= 0xE0 && c < 0xF0) {
      if (!cont(i + 1) || !cont(i + 2)) return false;
      if (c == 0xE0 && at(i + 1) < 0xA0) return false;   // overlong
      if (c == 0xED && at(i + 1) >= 0xA0) return false;  // surrogate
      i += 3;
    } else if (c >= 0xF0 && c < 0xF5) {
      if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return false;
      if (c == 0xF0 && at(i + 1) < 0x90) return false;   // overlong
      if (c == 0xF4 && at(i + 1) >= 0x90) return false;  // beyond U+10FFFF
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

// --- objects, sharing and interning ---

StrObject::StrObject(std::string utf8) : Object(str_type), data(std::move(utf8)) {
  // Most text is ASCII: test eight bytes at a time, and count code points only when it is not.
  const char* p = data.data();
  size_t size = data.size(), i = 0;
  uint64_t high = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    high |= word;
  }
  for (; i < size; ++i)
    high |= static_cast<unsigned char>(p[i]);
  ascii = (high & 0x8080808080808080ull) == 0;
  length = ascii ? static_cast<int64_t>(size) : static_cast<int64_t>(utf8_length(data));
}

StrObject::StrObject(std::string utf8, int64_t len, bool is_ascii)
    : Object(str_type), data(std::move(utf8)), length(len), ascii(is_ascii) {}

StrObject::~StrObject() = default;

namespace {

// The intern table outlives every user of it: allocated once, never destroyed, so no static
// destruction order can leave a dangling entry.
std::unordered_map<std::string_view, StrObject*>& intern_table() {
  static auto* table = new std::unordered_map<std::string_view, StrObject*>();
  return *table;
}

StrObject* ascii_chars[128];

}  // namespace

StrObject* intern(std::string_view s) {
  auto& table = intern_table();
  auto it = table.find(s);
  if (it != table.end()) return it->second;
  auto* o = new StrObject(std::string(s));
  o->refcnt = 1;  // the table's reference: interned strings never die
  o->interned = true;
  table.emplace(o->view(), o);
  return o;
}

Value make_str(std::string_view utf8) {
  if (utf8.size() <= 1) {
    unsigned char c = utf8.empty() ? 0 : static_cast<unsigned char>(utf8[0]);
    if (c < 0x80) {
      StrObject*& slot = ascii_chars[c];
      if (utf8.empty()) {
        static StrObject* empty = intern("");
        return Value(empty);
      }
      if (!slot) slot = intern(utf8);
      return Value(slot);
    }
  }
  return Value(new StrObject(std::string(utf8)));
}

Ref<StrObject> new_str(std::string utf8) {
  if (utf8.size() <= 1) return Ref<StrObject>::from(make_str(utf8));
  return Ref<StrObject>(new StrObject(std::move(utf8)));
}

Value str_from_cp(uint32_t cp) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    return make_str(std::string_view(&c, 1));
  }
  std::string s;
  utf8_append(s, cp);
  return Value(new StrObject(std::move(s)));
}

// 64-bit multiply-rotate hash over 8-byte words, finished with murmur3's avalanche. Not
// CPython's SipHash: hash(str) values are not part of Python's contract beyond equality.
int64_t hash_bytes(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xff51afd7ed558ccdull);
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ (w * 0x87c37b91114253d5ull)) * 0x4cf5ad432745937full;
    h = (h << 31) | (h >> 33);
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  h ^= tail * 0x87c37b91114253d5ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  auto r = static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

int64_t str_hash(const StrObject* s) {
  if (s->hash == -1) s->hash = hash_bytes(s->view());
  return s->hash;
}

bool str_equal(const StrObject* a, const StrObject* b) {
  if (a == b) return true;
  if (a->interned && b->interned) return false;
  if (a->data.size() != b->data.size()) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return a->data == b->data;
}

StrObject* str_self(const CallArgs& a, const char* method) {
  if (a.nargs == 0) raise_type_error(cat("unbound method str.", method, "() needs an argument"));
  if (!is_str(a[0]))
    raise_type_error(cat("descriptor '", method, "' for 'str' objects doesn't apply to a '",
                         type_name(a[0]), "' object"));
  return a[0].as<StrObject>();
}

void adjust_indices(const Value& start, const Value& end, int64_t len, int64_t& s, int64_t& e) {
  auto get = [](const Value& v, int64_t dflt) -> int64_t {
    if (v.is_null() || v.is_none()) return dflt;
    if (!is_index(v))
      raise_type_error("slice indices must be integers or None or have an __index__ method");
    if (is_bigint(v)) return to_bigint(v) < 0 ? INT64_MIN : INT64_MAX;
    return v.as_int();
  };
  s = get(start, 0);
  e = get(end, len);
  if (e > len) e = len;
  if (e < 0) e = std::max<int64_t>(e + len, 0);
  if (s < 0) s = std::max<int64_t>(s + len, 0);
}

namespace {

StrObject* as_str(const Value& v) {
  return v.as<StrObject>();
}

// --- slots ---

Value str_repr(const Value& self) {
  return make_str(quote_str(as_str(self)->view()));
}
Value str_str(const Value& self) {
  return self;
}
int64_t str_hash_slot(const Value& self) {
  return str_hash(as_str(self));
}
bool str_truthy(const Value& self) {
  return as_str(self)->length != 0;
}
int64_t str_len(const Value& self) {
  return as_str(self)->length;
}

Value str_compare(const Value& a, const Value& b, CmpOp op) {
  if (!is_str(b)) return Value();
  const StrObject* x = as_str(a);
  const StrObject* y = as_str(b);
  if (op == CmpOp::Eq) return Value::boolean(str_equal(x, y));
  if (op == CmpOp::Ne) return Value::boolean(!str_equal(x, y));
  // UTF-8 byte order is code-point order, and char_traits<char> compares bytes as unsigned.
  int c = x->view().compare(y->view());
  switch (op) {
    case CmpOp::Lt:
      return Value::boolean(c < 0);
    case CmpOp::Le:
      return Value::boolean(c <= 0);
    case CmpOp::Gt:
      return Value::boolean(c > 0);
    default:
      return Value::boolean(c >= 0);
  }
}

Value concat(const StrObject* a, const StrObject* b) {
  if (a->data.empty()) return Value(const_cast<StrObject*>(b));
  if (b->data.empty()) return Value(const_cast<StrObject*>(a));
  std::string out;
  out.reserve(a->data.size() + b->data.size());
  out += a->data;
  out += b->data;
  return Value(new StrObject(std::move(out), a->length + b->length, a->ascii && b->ascii));
}

// No allocation this large can succeed on the machines gilt targets; failing fast keeps the
// OOM killer out of it (CPython raises MemoryError from its allocator in the same cases).
constexpr uint64_t kMaxStrBytes = uint64_t{1} << 34;

Value repeat(const StrObject* s, const Value& count) {
  int64_t n = index_to_ssize(count, exc_OverflowError);
  if (n <= 0 || s->data.empty()) return make_str("");
  if (n == 1) return Value(const_cast<StrObject*>(s));
  uint64_t size = s->data.size();
  if (size > static_cast<uint64_t>(INT64_MAX) / static_cast<uint64_t>(n))
    raise_overflow_error("repeated string is too long");
  if (size * static_cast<uint64_t>(n) > kMaxStrBytes) raise_memory_error();
  std::string out;
  out.reserve(size * n);
  if (size == 1) {
    out.assign(static_cast<size_t>(n), s->data[0]);
  } else {
    for (int64_t i = 0; i < n; ++i)
      out += s->data;
  }
  return Value(new StrObject(std::move(out), s->length * n, s->ascii));
}

Value str_binary(BinOp op, const Value& a, const Value& b) {
  switch (op) {
    case BinOp::Add:
    case BinOp::InplaceAdd:
      if (is_str(a) && is_str(b)) return concat(as_str(a), as_str(b));
      return Value();
    case BinOp::Mul:
    case BinOp::InplaceMul:
      if (is_str(a) && is_index(b)) return repeat(as_str(a), b);
      if (is_str(b) && is_index(a)) return repeat(as_str(b), a);
      return Value();
    case BinOp::Mod:
    case BinOp::InplaceMod:
      if (is_str(a)) return percent_format(a, b);
      return Value();
    default:
      return Value();
  }
}

Value char_at(const StrObject* s, int64_t i) {
  if (s->ascii) return make_str(s->view().substr(static_cast<size_t>(i), 1));
  size_t pos = utf8_offset(s->view(), i);
  return str_from_cp(utf8_decode(s->view(), pos));
}

Value slice_str(const StrObject* s, const SliceObject* slice) {
  int64_t start, stop, step;
  int64_t n = slice->indices(s->length, start, stop, step);
  if (n <= 0) return make_str("");
  if (step == 1) {
    if (n == s->length) return Value(const_cast<StrObject*>(s));
    size_t from = str_byte_offset(s, start);
    size_t to =
        s->ascii ? static_cast<size_t>(stop) : from + utf8_offset(s->view().substr(from), n);
    return make_str(s->view().substr(from, to - from));
  }
  std::string out;
  if (s->ascii) {
    out.reserve(static_cast<size_t>(n));
    for (int64_t i = 0, k = start; i < n; ++i, k += step)
      out += s->data[static_cast<size_t>(k)];
  } else {
    std::vector<uint32_t> cps;
    cps.reserve(static_cast<size_t>(s->length));
    for (size_t pos = 0; pos < s->data.size();)
      cps.push_back(utf8_decode(s->view(), pos));
    for (int64_t i = 0, k = start; i < n; ++i, k += step)
      utf8_append(out, cps[static_cast<size_t>(k)]);
  }
  return new_str(std::move(out));
}

Value str_getitem(const Value& self, const Value& key) {
  const StrObject* s = as_str(self);
  if (key.is_int() || key.is_bool() || is_bigint(key)) {
    int64_t i = index_to_ssize(key, exc_IndexError);
    if (i < 0) i += s->length;
    if (i < 0 || i >= s->length) raise_index_error("string index out of range");
    return char_at(s, i);
  }
  if (is_slice(key)) return slice_str(s, key.as<SliceObject>());
  raise_type_error(cat("string indices must be integers, not '", type_name(key), "'"));
}

bool str_contains(const Value& self, const Value& item) {
  if (!is_str(item))
    raise_type_error(cat("'in <string>' requires string as left operand, not ", type_name(item)));
  return as_str(self)->view().find(as_str(item)->view()) != std::string_view::npos;
}

// --- iteration: one type for ASCII text (byte steps), one for the rest (decodes UTF-8) ---

TypeObject* str_ascii_iterator_type = nullptr;
TypeObject* str_iterator_type = nullptr;

struct StrIterObject : Object {
  Ref<StrObject> str;
  size_t pos = 0;  // byte offset of the next character
  StrIterObject(TypeObject* t, StrObject* s) : Object(t), str(s) {}
  ~StrIterObject() override = default;
};

Value str_iter(const Value& self) {
  StrObject* s = as_str(self);
  return Value(new StrIterObject(s->ascii ? str_ascii_iterator_type : str_iterator_type, s));
}

Value iter_self(const Value& self) {
  return self;
}

bool str_iter_next(const Value& self, Value& out) {
  auto* it = self.as<StrIterObject>();
  if (!it->str || it->pos >= it->str->data.size()) {
    it->str = Ref<StrObject>();  // drop the string once exhausted, as CPython does
    return false;
  }
  std::string_view text = it->str->view();
  if (it->str->ascii) {
    out = make_str(text.substr(it->pos++, 1));
  } else {
    out = str_from_cp(utf8_decode(text, it->pos));
  }
  return true;
}

int64_t str_iter_len(const Value& self) {
  auto* it = self.as<StrIterObject>();
  if (!it->str) return 0;
  return str_cp_index(it->str.get(), it->str->data.size()) - str_cp_index(it->str.get(), it->pos);
}

Value str_iter_length_hint(const CallArgs& a) {
  return Value::integer(str_iter_len(a[0]));
}

// --- construction: str(), str(obj), str(bytes, encoding, errors) ---

Value str_new(TypeObject* /*type*/, const CallArgs& args) {
  // TODO(subclasses): a later issue builds instances of str subclasses here.
  Value out[3];
  bind_args(args, "str", {"object", "encoding", "errors"}, 0, 0, out);
  for (int i = 1; i < 3; ++i) {
    if (!out[i].is_null() && !is_str(out[i]))
      raise_type_error(cat("str() argument '", i == 1 ? "encoding" : "errors",
                           "' must be str, not ", type_name(out[i])));
  }
  if (out[0].is_null()) return make_str("");
  if (out[1].is_null() && out[2].is_null()) return to_str(out[0]);
  if (!is_bytes(out[0]))
    raise_type_error(
        cat("decoding to str: need a bytes-like object, ", type_name(out[0]), " found"));
  std::string_view encoding = out[1].is_null() ? "utf-8" : as_str(out[1])->view();
  std::string_view errors = out[2].is_null() ? "strict" : as_str(out[2])->view();
  return decode_bytes(out[0].as<BytesObject>()->view(), encoding, errors);
}

template <TypeObject** T>
void make_iterator_type(const char* name) {
  auto* t = new TypeObject(name, object_type);
  t->refcnt = 1;  // immortal, as the built-in types are
  t->iter = iter_self;
  t->next = str_iter_next;
  *T = t;
  add_method(t, "__length_hint__", str_iter_length_hint);
  add_slot_wrappers<T>({"__iter__", "__next__"});
}

}  // namespace

void init_str_type() {
  TypeObject* t = str_type;
  t->flags |= kTypeBaseType;
  t->doc =
      "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
      "Create a new string object from the given object. If encoding or\n"
      "errors is specified, then the object must expose a data buffer\n"
      "that will be decoded using the given encoding and error handler.\n"
      "Otherwise, returns the result of object.__str__() (if defined)\n"
      "or repr(object).\nencoding defaults to sys.getdefaultencoding().\n"
      "errors defaults to 'strict'.";
  t->repr = str_repr;
  t->str = str_str;
  t->hash = str_hash_slot;
  t->compare = str_compare;
  t->binary = str_binary;
  t->truthy = str_truthy;
  t->len = str_len;
  t->getitem = str_getitem;
  t->contains = str_contains;
  t->iter = str_iter;
  t->new_ = str_new;
  add_slot_wrappers<&str_type>({"__repr__", "__str__", "__hash__", "__lt__", "__le__", "__eq__",
                                "__ne__", "__gt__", "__ge__", "__len__", "__getitem__",
                                "__contains__", "__iter__", "__add__", "__mul__", "__rmul__",
                                "__mod__", "__rmod__"});
  init_str_methods(t);
  init_str_case_methods(t);
  init_format_methods();

  make_iterator_type<&str_ascii_iterator_type>("str_ascii_iterator");
  make_iterator_type<&str_iterator_type>("str_iterator");
}

}  // namespace gilt
