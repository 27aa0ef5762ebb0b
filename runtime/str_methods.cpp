// str's searching, splitting, joining, stripping and padding methods. Text is UTF-8 and
// searches run on bytes (UTF-8 is self-synchronising, so byte matches are character matches);
// positions cross the API as code-point indices.
#include <algorithm>
#include <vector>

#include "runtime/api.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/str_impl.hpp"
#include "runtime/tuple.hpp"
#include "runtime/unicode.hpp"

namespace gilt {

namespace {

using sv = std::string_view;
constexpr size_t npos = sv::npos;

// A str argument, or CPython's "must be str, not int".
const StrObject* str_arg(const Value& v, const char* prefix = "must be str") {
  if (!is_str(v)) raise_type_error(cat(prefix, ", not ", type_name(v)));
  return v.as<StrObject>();
}

// The optional [start, [end]] of find/count/startswith as a byte range of `s`.
struct Range {
  int64_t start, end;   // code points, clamped
  size_t bstart, bend;  // bytes
};
Range range_of(const StrObject* s, const CallArgs& a, size_t first) {
  Range r;
  adjust_indices(a.nargs > first ? a[first] : Value(), a.nargs > first + 1 ? a[first + 1] : Value(),
                 s->length, r.start, r.end);
  if (r.start > r.end) {
    r.bstart = r.bend = 0;
  } else {
    r.bstart = str_byte_offset(s, r.start);
    r.bend = s->ascii ? static_cast<size_t>(r.end)
                      : r.bstart + utf8_offset(s->view().substr(r.bstart), r.end - r.start);
  }
  return r;
}

// "find() takes at least 1 argument (0 given)" style checks for the PyArg_ParseTuple methods.
void search_args(const CallArgs& a, const char* name, const char* qualname) {
  no_kwargs(a.shifted(), qualname);
  size_t n = a.nargs - 1;
  if (n < 1) raise_type_error(cat(name, "() takes at least 1 argument (", n, " given)"));
  if (n > 3) raise_type_error(cat(name, "() takes at most 3 arguments (", n, " given)"));
}

Value new_str_list(std::vector<Value> items) {
  return Value(new_list(std::move(items)));
}

std::vector<uint32_t> code_points(sv text) {
  std::vector<uint32_t> out;
  for (size_t pos = 0; pos < text.size();)
    out.push_back(utf8_decode(text, pos));
  return out;
}

// Decodes the code point ending at byte `end` (for backward scans).
uint32_t decode_before(sv text, size_t& end) {
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
    --start;
  size_t pos = start;
  uint32_t cp = utf8_decode(text, pos);
  end = start;
  return cp;
}

bool is_space_at(sv text, size_t pos, size_t& next) {
  auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    next = pos + 1;
    return unicode::is_space(c);
  }
  next = pos;
  return unicode::is_space(utf8_decode(text, next));
}

// --- find family ---

int64_t find_impl(const CallArgs& a, const char* name, const char* qualname, bool reverse) {
  const StrObject* s = str_self(a, name);
  search_args(a, name, qualname);
  const StrObject* sub = str_arg(a[1]);
  Range r = range_of(s, a, 2);
  if (r.end - r.start < sub->length) return -1;
  sv window = s->view().substr(r.bstart, r.bend - r.bstart);
  size_t pos = reverse ? window.rfind(sub->view()) : window.find(sub->view());
  if (pos == npos) return -1;
  return str_cp_index(s, r.bstart + pos);
}

Value str_find(const CallArgs& a) {
  return Value::integer(find_impl(a, "find", "str.find", false));
}
Value str_rfind(const CallArgs& a) {
  return Value::integer(find_impl(a, "rfind", "str.rfind", true));
}
Value str_index(const CallArgs& a) {
  int64_t i = find_impl(a, "index", "str.index", false);
  if (i < 0) raise_value_error("substring not found");
  return Value::integer(i);
}
Value str_rindex(const CallArgs& a) {
  int64_t i = find_impl(a, "rindex", "str.rindex", true);
  if (i < 0) raise_value_error("substring not found");
  return Value::integer(i);
}

Value str_count(const CallArgs& a) {
  const StrObject* s = str_self(a, "count");
  search_args(a, "count", "str.count");
  const StrObject* sub = str_arg(a[1]);
  Range r = range_of(s, a, 2);
  if (r.end - r.start < sub->length) return Value::integer(0);
  if (sub->data.empty()) return Value::integer(r.end - r.start + 1);
  sv window = s->view().substr(r.bstart, r.bend - r.bstart);
  int64_t n = 0;
  for (size_t pos = window.find(sub->view()); pos != npos;
       pos = window.find(sub->view(), pos + sub->data.size()))
    ++n;
  return Value::integer(n);
}

Value starts_or_ends(const CallArgs& a, const char* name, bool at_end) {
  const StrObject* s = str_self(a, name);
  search_args(a, name, at_end ? "str.endswith" : "str.startswith");
  Range r = range_of(s, a, 2);
  auto matches = [&](const StrObject* affix) {
    if (r.start > s->length) return false;
    if (r.end - r.start < affix->length) return false;
    sv window = s->view().substr(r.bstart, r.bend - r.bstart);
    sv x = affix->view();
    if (x.size() > window.size()) return false;
    return at_end ? window.substr(window.size() - x.size()) == x : window.substr(0, x.size()) == x;
  };
  const Value& arg = a[1];
  if (is_str(arg)) return Value::boolean(matches(arg.as<StrObject>()));
  if (is_tuple(arg)) {
    for (const Value& item : arg.as<TupleObject>()->items) {
      if (!is_str(item))
        raise_type_error(cat("tuple for ", name, " must only contain str, not ", type_name(item)));
      if (matches(item.as<StrObject>())) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  raise_type_error(cat(name, " first arg must be str or a tuple of str, not ", type_name(arg)));
}

Value str_startswith(const CallArgs& a) {
  return starts_or_ends(a, "startswith", false);
}
Value str_endswith(const CallArgs& a) {
  return starts_or_ends(a, "endswith", true);
}

// --- split family ---

int64_t maxsplit_arg(const Value& v) {
  if (v.is_null()) return INT64_MAX;
  int64_t n = index_to_int64(v);
  return n < 0 ? INT64_MAX : n;
}

void split_args(const CallArgs& a, const char* name, const StrObject*& self, const StrObject*& sep,
                int64_t& maxsplit) {
  self = str_self(a, name);
  Value out[2];
  bind_args(a.shifted(), name, {"sep", "maxsplit"}, 0, 0, out);
  sep = nullptr;
  if (!out[0].is_null() && !out[0].is_none()) {
    sep = str_arg(out[0], "must be str or None");
    if (sep->data.empty()) raise_value_error("empty separator");
  }
  maxsplit = maxsplit_arg(out[1]);
}

Value str_split(const CallArgs& a) {
  const StrObject *self, *sep;
  int64_t maxsplit;
  split_args(a, "split", self, sep, maxsplit);
  sv text = self->view();
  std::vector<Value> parts;
  if (sep) {
    size_t start = 0;
    for (size_t pos; maxsplit > 0 && (pos = text.find(sep->view(), start)) != npos; --maxsplit) {
      parts.push_back(make_str(text.substr(start, pos - start)));
      start = pos + sep->data.size();
    }
    parts.push_back(make_str(text.substr(start)));
    return new_str_list(std::move(parts));
  }
  size_t pos = 0, next;
  while (true) {
    while (pos < text.size() && is_space_at(text, pos, next))
      pos = next;
    if (pos >= text.size()) break;
    if (maxsplit == 0) {
      parts.push_back(make_str(text.substr(pos)));
      break;
    }
    size_t start = pos;
    while (pos < text.size() && !is_space_at(text, pos, next))
      pos = next;
    parts.push_back(make_str(text.substr(start, pos - start)));
    --maxsplit;
  }
  return new_str_list(std::move(parts));
}

Value str_rsplit(const CallArgs& a) {
  const StrObject *self, *sep;
  int64_t maxsplit;
  split_args(a, "rsplit", self, sep, maxsplit);
  sv text = self->view();
  std::vector<Value> parts;
  if (sep) {
    size_t end = text.size();
    for (; maxsplit > 0; --maxsplit) {
      if (end < sep->data.size()) break;
      size_t pos = text.substr(0, end).rfind(sep->view());
      if (pos == npos) break;
      parts.push_back(make_str(text.substr(pos + sep->data.size(), end - pos - sep->data.size())));
      end = pos;
    }
    parts.push_back(make_str(text.substr(0, end)));
  } else {
    size_t end = text.size();
    while (true) {
      size_t p = end;
      while (p > 0) {
        size_t q = p;
        if (!unicode::is_space(decode_before(text, q))) break;
        p = q;
      }
      end = p;
      if (end == 0) break;
      if (maxsplit == 0) {
        parts.push_back(make_str(text.substr(0, end)));
        break;
      }
      size_t start = end;
      while (start > 0) {
        size_t q = start;
        if (unicode::is_space(decode_before(text, q))) break;
        start = q;
      }
      parts.push_back(make_str(text.substr(start, end - start)));
      end = start;
      --maxsplit;
    }
  }
  std::reverse(parts.begin(), parts.end());
  return new_str_list(std::move(parts));
}

Value str_splitlines(const CallArgs& a) {
  const StrObject* self = str_self(a, "splitlines");
  Value out[1];
  bind_args(a.shifted(), "splitlines", {"keepends"}, 0, 0, out);
  bool keepends = !out[0].is_null() && index_to_int64(out[0]) != 0;
  sv text = self->view();
  std::vector<Value> lines;
  size_t start = 0, pos = 0;
  while (pos < text.size()) {
    size_t here = pos;
    uint32_t cp = utf8_decode(text, pos);
    if (!unicode::is_linebreak(cp)) continue;
    if (cp == '\r' && pos < text.size() && text[pos] == '\n') ++pos;
    lines.push_back(make_str(text.substr(start, (keepends ? pos : here) - start)));
    start = pos;
  }
  if (start < text.size()) lines.push_back(make_str(text.substr(start)));
  return new_str_list(std::move(lines));
}

Value partition_impl(const CallArgs& a, const char* name, const char* qualname, bool reverse) {
  const StrObject* self = str_self(a, name);
  exact_args(a.shifted(), qualname, 1);
  const StrObject* sep = str_arg(a[1]);
  if (sep->data.empty()) raise_value_error("empty separator");
  sv text = self->view();
  size_t pos = reverse ? text.rfind(sep->view()) : text.find(sep->view());
  Value empty = make_str("");
  if (pos == npos) {
    if (reverse) return Value(new_tuple({empty, empty, a[0]}));
    return Value(new_tuple({a[0], empty, empty}));
  }
  return Value(new_tuple(
      {make_str(text.substr(0, pos)), a[1], make_str(text.substr(pos + sep->data.size()))}));
}

Value str_partition(const CallArgs& a) {
  return partition_impl(a, "partition", "str.partition", false);
}
Value str_rpartition(const CallArgs& a) {
  return partition_impl(a, "rpartition", "str.rpartition", true);
}

// --- join, replace ---

Value str_join(const CallArgs& a) {
  const StrObject* self = str_self(a, "join");
  exact_args(a.shifted(), "str.join", 1);
  const Value& iterable = a[1];
  if (!type_of(iterable)->iter) raise_type_error("can only join an iterable");
  std::vector<Value> items = to_vector(iterable);
  if (items.size() == 1 && is_exact(items[0], str_type)) return items[0];
  if (items.empty()) return make_str("");
  size_t total = 0;
  int64_t length = self->length * static_cast<int64_t>(items.size() - 1);
  bool ascii = self->ascii;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i]))
      raise_type_error(
          cat("sequence item ", i, ": expected str instance, ", type_name(items[i]), " found"));
    const StrObject* item = items[i].as<StrObject>();
    total += item->data.size() + self->data.size();
    length += item->length;
    ascii = ascii && item->ascii;
  }
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += self->data;
    out += items[i].as<StrObject>()->data;
  }
  return Value(new StrObject(std::move(out), length, ascii));
}

Value str_replace(const CallArgs& a) {
  const StrObject* self = str_self(a, "replace");
  no_kwargs(a.shifted(), "str.replace");
  count_args(a.shifted(), "replace", 2, 3);
  const StrObject* old_s = str_arg(a[1], "replace() argument 1 must be str");
  const StrObject* new_s = str_arg(a[2], "replace() argument 2 must be str");
  int64_t count = a.nargs > 3 ? index_to_int64(a[3]) : -1;
  if (count < 0) count = INT64_MAX;
  sv text = self->view(), from = old_s->view(), to = new_s->view();
  if (count == 0 || (from.empty() && to.empty())) return a[0];
  std::string out;
  if (from.empty()) {
    // Insert `to` before every character and at the end, `count` times at most.
    size_t pos = 0;
    while (pos < text.size() && count > 0) {
      out += to;
      --count;
      size_t next = pos;
      utf8_decode(text, next);
      out.append(text, pos, next - pos);
      pos = next;
    }
    if (pos >= text.size() && count > 0) out += to;
    out.append(text, pos);
    return new_str(std::move(out));
  }
  size_t start = 0, pos;
  bool changed = false;
  while (count > 0 && (pos = text.find(from, start)) != npos) {
    out.append(text, start, pos - start);
    out += to;
    start = pos + from.size();
    --count;
    changed = true;
  }
  if (!changed) return a[0];
  out.append(text, start);
  return new_str(std::move(out));
}

// --- strip family ---

Value strip_impl(const CallArgs& a, const char* name, const char* qualname, bool left, bool right) {
  const StrObject* self = str_self(a, name);
  no_kwargs(a.shifted(), qualname);
  count_args(a.shifted(), name, 0, 1);
  std::vector<uint32_t> chars;
  bool whitespace = a.nargs < 2 || a[1].is_none();
  if (!whitespace) {
    if (!is_str(a[1])) raise_type_error(cat(name, " arg must be None or str"));
    chars = code_points(a[1].as<StrObject>()->view());
  }
  auto strip_it = [&](uint32_t cp) {
    if (whitespace) return unicode::is_space(cp);
    return std::find(chars.begin(), chars.end(), cp) != chars.end();
  };
  sv text = self->view();
  size_t begin = 0, end = text.size();
  if (left) {
    while (begin < end) {
      size_t next = begin;
      if (!strip_it(utf8_decode(text, next))) break;
      begin = next;
    }
  }
  if (right) {
    while (end > begin) {
      size_t prev = end;
      if (!strip_it(decode_before(text, prev))) break;
      end = prev;
    }
  }
  if (begin == 0 && end == text.size()) return a[0];
  return make_str(text.substr(begin, end - begin));
}

Value str_strip(const CallArgs& a) {
  return strip_impl(a, "strip", "str.strip", true, true);
}
Value str_lstrip(const CallArgs& a) {
  return strip_impl(a, "lstrip", "str.lstrip", true, false);
}
Value str_rstrip(const CallArgs& a) {
  return strip_impl(a, "rstrip", "str.rstrip", false, true);
}

Value affix_impl(const CallArgs& a, const char* name, const char* qualname, bool prefix) {
  const StrObject* self = str_self(a, name);
  exact_args(a.shifted(), qualname, 1);
  const StrObject* affix = str_arg(a[1], cat(name, "() argument must be str").c_str());
  sv text = self->view(), x = affix->view();
  if (x.empty() || x.size() > text.size()) return a[0];
  if (prefix && text.substr(0, x.size()) == x) return make_str(text.substr(x.size()));
  if (!prefix && text.substr(text.size() - x.size()) == x)
    return make_str(text.substr(0, text.size() - x.size()));
  return a[0];
}

Value str_removeprefix(const CallArgs& a) {
  return affix_impl(a, "removeprefix", "str.removeprefix", true);
}
Value str_removesuffix(const CallArgs& a) {
  return affix_impl(a, "removesuffix", "str.removesuffix", false);
}

// --- padding ---

Value pad(const Value& self_value, int64_t left, int64_t right, sv fill) {
  const StrObject* self = self_value.as<StrObject>();
  if (left <= 0 && right <= 0) return self_value;
  std::string out;
  out.reserve(self->data.size() + (left + right) * fill.size());
  for (int64_t i = 0; i < left; ++i)
    out += fill;
  out += self->data;
  for (int64_t i = 0; i < right; ++i)
    out += fill;
  return new_str(std::move(out));
}

Value justify(const CallArgs& a, const char* name, const char* qualname, int where) {
  const StrObject* self = str_self(a, name);
  no_kwargs(a.shifted(), qualname);
  count_args(a.shifted(), name, 1, 2);
  int64_t width = index_to_int64(a[1]);
  sv fill = " ";
  if (a.nargs > 2) {
    if (!is_str(a[2]))
      raise_type_error(
          cat("The fill character must be a unicode character, not ", type_name(a[2])));
    if (a[2].as<StrObject>()->length != 1)
      raise_type_error("The fill character must be exactly one character long");
    fill = a[2].as<StrObject>()->view();
  }
  int64_t margin = width - self->length;
  if (margin <= 0) return a[0];
  if (width > (int64_t{1} << 34)) raise_memory_error();
  if (where < 0) return pad(a[0], 0, margin, fill);
  if (where > 0) return pad(a[0], margin, 0, fill);
  int64_t left = margin / 2 + (margin & width & 1);  // CPython's centring rule
  return pad(a[0], left, margin - left, fill);
}

Value str_ljust(const CallArgs& a) {
  return justify(a, "ljust", "str.ljust", -1);
}
Value str_rjust(const CallArgs& a) {
  return justify(a, "rjust", "str.rjust", 1);
}
Value str_center(const CallArgs& a) {
  return justify(a, "center", "str.center", 0);
}

Value str_zfill(const CallArgs& a) {
  const StrObject* self = str_self(a, "zfill");
  exact_args(a.shifted(), "str.zfill", 1);
  int64_t width = index_to_int64(a[1]);
  int64_t fill = width - self->length;
  if (fill <= 0) return a[0];
  if (width > (int64_t{1} << 34)) raise_memory_error();
  std::string out(static_cast<size_t>(fill), '0');
  sv text = self->view();
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    out[0] = text[0];
    out += '0';
    out.append(text, 1);
  } else {
    out += text;
  }
  return new_str(std::move(out));
}

Value str_expandtabs(const CallArgs& a) {
  const StrObject* self = str_self(a, "expandtabs");
  Value out_args[1];
  bind_args(a.shifted(), "expandtabs", {"tabsize"}, 0, 0, out_args);
  int64_t tabsize = out_args[0].is_null() ? 8 : index_to_int64(out_args[0]);
  sv text = self->view();
  std::string out;
  int64_t column = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    uint32_t cp = utf8_decode(text, pos);
    if (cp == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        if (out.size() + static_cast<uint64_t>(spaces) > (uint64_t{1} << 34)) raise_memory_error();
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.append(text, start, pos - start);
      column = cp == '\n' || cp == '\r' ? 0 : column + 1;
    }
  }
  return new_str(std::move(out));
}

// --- encode ---

Value str_encode(const CallArgs& a) {
  const StrObject* self = str_self(a, "encode");
  Value out[2];
  bind_args(a.shifted(), "encode", {"encoding", "errors"}, 0, 0, out);
  const char* names[2] = {"encoding", "errors"};
  for (int i = 0; i < 2; ++i) {
    if (!out[i].is_null() && !is_str(out[i]))
      raise_type_error(
          cat("encode() argument '", names[i], "' must be str, not ", type_name(out[i])));
  }
  sv encoding = out[0].is_null() ? sv("utf-8") : out[0].as<StrObject>()->view();
  sv errors = out[1].is_null() ? sv("strict") : out[1].as<StrObject>()->view();
  return encode_str(self, encoding, errors);
}

}  // namespace

void init_str_methods(TypeObject* t) {
  add_method(
      t, "find", str_find,
      "S.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub "
      "is found,\nsuch that sub is contained within S[start:end].\n\nReturn -1 on failure.");
  add_method(t, "rfind", str_rfind, "S.rfind(sub[, start[, end]]) -> int");
  add_method(t, "index", str_index, "S.index(sub[, start[, end]]) -> int");
  add_method(t, "rindex", str_rindex, "S.rindex(sub[, start[, end]]) -> int");
  add_method(t, "count", str_count, "S.count(sub[, start[, end]]) -> int");
  add_method(t, "startswith", str_startswith, "S.startswith(prefix[, start[, end]]) -> bool");
  add_method(t, "endswith", str_endswith, "S.endswith(suffix[, start[, end]]) -> bool");
  add_method(t, "split", str_split,
             "Return a list of the substrings in the string, using sep as the separator string.");
  add_method(t, "rsplit", str_rsplit,
             "Return a list of the substrings in the string, using sep as the separator string.");
  add_method(t, "splitlines", str_splitlines,
             "Return a list of the lines in the string, breaking at line boundaries.");
  add_method(t, "partition", str_partition,
             "Partition the string into three parts using the given separator.");
  add_method(t, "rpartition", str_rpartition,
             "Partition the string into three parts using the given separator.");
  add_method(t, "join", str_join, "Concatenate any number of strings.");
  add_method(t, "replace", str_replace,
             "Return a copy with all occurrences of substring old replaced by new.");
  add_method(t, "strip", str_strip,
             "Return a copy of the string with leading and trailing whitespace removed.");
  add_method(t, "lstrip", str_lstrip,
             "Return a copy of the string with leading whitespace removed.");
  add_method(t, "rstrip", str_rstrip,
             "Return a copy of the string with trailing whitespace removed.");
  add_method(t, "removeprefix", str_removeprefix,
             "Return a str with the given prefix string removed if present.");
  add_method(t, "removesuffix", str_removesuffix,
             "Return a str with the given suffix string removed if present.");
  add_method(t, "ljust", str_ljust, "Return a left-justified string of length width.");
  add_method(t, "rjust", str_rjust, "Return a right-justified string of length width.");
  add_method(t, "center", str_center, "Return a centered string of length width.");
  add_method(t, "zfill", str_zfill,
             "Pad a numeric string with zeros on the left, to fill a field of the given width.");
  add_method(t, "expandtabs", str_expandtabs,
             "Return a copy where all tab characters are expanded using spaces.");
  add_method(t, "encode", str_encode, "Encode the string using the codec registered for encoding.");
}

}  // namespace gilt
