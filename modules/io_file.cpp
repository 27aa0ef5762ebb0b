// File objects: reading and writing through one read-ahead buffer and one write buffer, text
// decoding and newline translation, and CPython's messages for closed and one-way files.
#include <fcntl.h>
#include <unistd.h>

#include "modules/io_file.hpp"
#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

TypeObject* text_io_type = nullptr;
TypeObject* buffered_reader_type = nullptr;
TypeObject* buffered_writer_type = nullptr;
TypeObject* buffered_random_type = nullptr;
TypeObject* unsupported_operation_type = nullptr;

namespace {

constexpr size_t kChunk = 8192;

void flush_writes(FileObject* f) {
  if (f->wbuf.empty()) return;
  std::string data;
  data.swap(f->wbuf);  // cleared first: a failed write is not retried at close
  raw_write_all(f->fd, data);
}

}  // namespace

FileObject::FileObject(TypeObject* type, int descriptor) : Object(type), fd(descriptor) {}

FileObject::~FileObject() {
  if (fd < 0) return;
  // Dropping a file closes it, as CPython's refcounting does; errors have nowhere to go.
  try {
    flush_writes(this);
  } catch (const PyException&) {
  }
  if (closefd) ::close(fd);
}

namespace {

bool is_file(const Value& v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.as_obj()->type;
  return t == text_io_type || t == buffered_reader_type || t == buffered_writer_type ||
         t == buffered_random_type;
}

FileObject* file_self(const CallArgs& a, const char* method) {
  if (a.nargs == 0 || !is_file(a[0]))
    raise_type_error(cat("descriptor '", method, "' requires an '_io' file object"));
  return a[0].as<FileObject>();
}

[[noreturn]] void raise_unsupported(std::string_view msg) {
  raise(unsupported_operation_type, msg);
}

// Text files say "I/O operation on closed file." everywhere; binary ones name some operations.
void check_open(FileObject* f, const char* binary_message = "I/O operation on closed file.") {
  if (f->fd >= 0) return;
  raise_value_error(f->binary ? binary_message : "I/O operation on closed file.");
}

void check_readable(FileObject* f) {
  if (!f->readable) raise_unsupported(f->binary ? "read" : "not readable");
}
void check_writable(FileObject* f) {
  if (!f->writable) raise_unsupported(f->binary ? "write" : "not writable");
}

// Unread bytes go back to the file before a write or a seek (the "+" modes).
void drop_read_ahead(FileObject* f) {
  size_t unread = f->rbuf.size() - f->rpos;
  if (unread && f->seekable) raw_seek(f->fd, -static_cast<int64_t>(unread), SEEK_CUR);
  f->rbuf.clear();
  f->rpos = 0;
  f->eof = false;
}

// Reads one more chunk into the buffer; false at end of file.
bool fill(FileObject* f) {
  flush_writes(f);
  f->rbuf.erase(0, f->rpos);
  f->rpos = 0;
  size_t old = f->rbuf.size();
  f->rbuf.resize(old + kChunk);
  size_t n;
  try {
    n = raw_read(f->fd, f->rbuf.data() + old, kChunk);
  } catch (...) {
    f->rbuf.resize(old);
    throw;
  }
  f->rbuf.resize(old + n);
  f->eof = n == 0;
  return n > 0;
}

bool have_byte(FileObject* f) {
  return f->rpos < f->rbuf.size() || fill(f);
}

// --- reading raw bytes ---

std::string read_all_bytes(FileObject* f) {
  std::string out = f->rbuf.substr(f->rpos);
  f->rbuf.clear();
  f->rpos = 0;
  while (fill(f)) {
    out += f->rbuf;
    f->rbuf.clear();
  }
  return out;
}

std::string read_bytes(FileObject* f, int64_t n) {
  if (n < 0) return read_all_bytes(f);
  std::string out;
  auto want = static_cast<size_t>(n);
  while (out.size() < want && have_byte(f)) {
    size_t take = std::min(want - out.size(), f->rbuf.size() - f->rpos);
    out.append(f->rbuf, f->rpos, take);
    f->rpos += take;
  }
  return out;
}

// One line of a binary file: through b'\n', at most `limit` bytes when limit >= 0.
std::string read_byte_line(FileObject* f, int64_t limit) {
  std::string out;
  while ((limit < 0 || static_cast<int64_t>(out.size()) < limit) && have_byte(f)) {
    char c = f->rbuf[f->rpos++];
    out += c;
    if (c == '\n') break;
  }
  return out;
}

// --- text ---

bool utf8_codec(const FileObject* f) {
  std::string e;
  for (char c : f->encoding)
    e += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e == "utf-8" || e == "utf8" || e == "u8" || e == "utf";
}

// Translates what the newline mode asks for on input: "\r\n" and "\r" become "\n" in universal
// mode; the other modes keep the text as it is.
std::string translate_input(const FileObject* f, std::string_view text) {
  if (f->newline != Newline::Universal || text.find('\r') == std::string_view::npos)
    return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
      continue;
    }
    out += '\n';
    if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
  }
  return out;
}

Value decode(const FileObject* f, std::string_view raw) {
  return decode_bytes(raw, f->encoding, f->errors);
}

// The raw bytes of one line of text (or of up to `limit` characters when limit >= 0),
// with the line end as the newline mode defines it. A "\r" at the end of a chunk waits for the
// next byte, so a "\r\n" split across reads still counts once.
std::string read_text_line(FileObject* f, int64_t limit) {
  std::string out;
  bool utf8 = utf8_codec(f);
  int64_t chars = 0;
  while (have_byte(f)) {
    char c = f->rbuf[f->rpos];
    bool continuation = utf8 && (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (!continuation) {
      if (limit >= 0 && chars >= limit) break;
      ++chars;
    }
    ++f->rpos;
    out += c;
    if (c == '\n') {
      if (f->newline == Newline::Cr) continue;
      if (f->newline == Newline::CrLf && (out.size() < 2 || out[out.size() - 2] != '\r')) continue;
      break;
    }
    if (c == '\r') {
      if (f->newline == Newline::Cr) break;
      if (f->newline == Newline::Lf || f->newline == Newline::CrLf) continue;
      if (have_byte(f) && f->rbuf[f->rpos] == '\n' &&
          (f->newline == Newline::Universal || limit < 0 || chars < limit)) {
        ++f->rpos;
        if (f->newline == Newline::UniversalKeep) {
          out += '\n';
          ++chars;
        }
      }
      break;
    }
  }
  // A character cut by the limit keeps its continuation bytes.
  while (utf8 && have_byte(f) && (static_cast<unsigned char>(f->rbuf[f->rpos]) & 0xC0) == 0x80)
    out += f->rbuf[f->rpos++];
  return out;
}

Value read_text_line_value(FileObject* f, int64_t limit) {
  return make_str(decode(f, translate_input(f, read_text_line(f, limit))).as<StrObject>()->view());
}

Value read_line_value(FileObject* f, int64_t limit) {
  if (f->binary) return make_bytes(read_byte_line(f, limit));
  return read_text_line_value(f, limit);
}

Value read_value(FileObject* f, int64_t n) {
  if (f->binary) return make_bytes(read_bytes(f, n));
  if (n < 0) {
    // Decoded before translation, so error positions count from the file's bytes as CPython's.
    Value text = decode(f, read_all_bytes(f));
    if (f->newline != Newline::Universal) return text;
    return make_str(translate_input(f, text.as<StrObject>()->view()));
  }
  std::string raw;
  int64_t got = 0;
  // Lines (or their parts) until n characters: read_text_line already counts characters.
  while (got < n) {
    std::string piece = read_text_line(f, n - got);
    if (piece.empty()) break;
    std::string text = translate_input(f, piece);
    got += static_cast<int64_t>(utf8_codec(f) ? utf8_length(text) : text.size());
    raw += text;
  }
  return decode(f, raw);
}

// read(n)/readline(size)'s argument: None or an int; negatives mean "all".
int64_t size_argument(const CallArgs& args, const char* method, bool none_allowed) {
  if (args.nargs == 0 || (none_allowed && args[0].is_none())) return -1;
  if (!is_index(args[0]) && none_allowed)
    raise_type_error(cat("argument should be integer or None, not '", type_name(args[0]), "'"));
  (void)method;
  return index_to_int64(args[0]);
}

// --- writing ---

std::string translate_output(const FileObject* f, std::string_view text) {
  const char* ending = f->newline == Newline::Cr ? "\r" : f->newline == Newline::CrLf ? "\r\n" : "";
  if (!*ending || text.find('\n') == std::string_view::npos) return std::string(text);
  std::string out;
  for (char c : text) {
    if (c == '\n')
      out += ending;
    else
      out += c;
  }
  return out;
}

void buffer_write(FileObject* f, std::string_view data) {
  drop_read_ahead(f);
  f->wbuf += data;
  if (f->wbuf.size() >= kChunk) flush_writes(f);
}

// Writes one value; returns what write() returns (characters for text, bytes for binary).
int64_t write_value(FileObject* f, const Value& v) {
  if (f->binary) {
    if (!is_bytes(v))
      raise_type_error(cat("a bytes-like object is required, not '", type_name(v), "'"));
    std::string_view data = v.as<BytesObject>()->view();
    buffer_write(f, data);
    return static_cast<int64_t>(data.size());
  }
  if (!is_str(v)) raise_type_error(cat("write() argument must be str, not ", type_name(v)));
  auto* s = v.as<StrObject>();
  Value encoded = make_str(translate_output(f, s->view()));
  Value data = encode_str(encoded.as<StrObject>(), f->encoding, f->errors);
  buffer_write(f, data.as<BytesObject>()->view());
  return s->length;
}

void close_file(FileObject* f) {
  if (f->fd < 0) return;
  int fd = f->fd;
  try {
    flush_writes(f);
  } catch (...) {
    f->fd = -1;
    if (f->closefd) ::close(fd);
    throw;
  }
  f->fd = -1;
  f->rbuf.clear();
  f->rpos = 0;
  if (f->closefd) raw_close(fd);
}

int64_t tell_position(FileObject* f) {
  flush_writes(f);
  int64_t pos = raw_seek(f->fd, 0, SEEK_CUR);
  return pos - static_cast<int64_t>(f->rbuf.size() - f->rpos);
}

// --- methods ---

Value m_read(const CallArgs& a) {
  FileObject* f = file_self(a, "read");
  CallArgs args = a.shifted();
  count_args(args, "read", 0, 1);
  check_open(f, "read of closed file");
  check_readable(f);
  int64_t n = size_argument(args, "read", true);
  if (f->binary && n < -1) raise_value_error("read length must be non-negative or -1");
  return read_value(f, n);
}

Value m_readline(const CallArgs& a) {
  FileObject* f = file_self(a, "readline");
  CallArgs args = a.shifted();
  count_args(args, "readline", 0, 1);
  check_open(f, "readline of closed file");
  check_readable(f);
  int64_t limit =
      args.nargs == 1 && !(f->binary && args[0].is_none()) ? index_to_int64(args[0]) : -1;
  return read_line_value(f, limit);
}

Value m_readlines(const CallArgs& a) {
  FileObject* f = file_self(a, "readlines");
  CallArgs args = a.shifted();
  count_args(args, "readlines", 0, 1);
  check_open(f);
  check_readable(f);
  int64_t hint = args.nargs == 1 && !args[0].is_none() ? index_to_int64(args[0]) : -1;
  auto lines = new_list();
  int64_t total = 0;
  for (;;) {
    Value line = read_line_value(f, -1);
    int64_t n = length(line);
    if (n == 0) break;
    lines->items.push_back(line);
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return Value(lines);
}

Value m_write(const CallArgs& a) {
  FileObject* f = file_self(a, "write");
  CallArgs args = a.shifted();
  exact_args(args, "write", 1);
  check_open(f, "write to closed file");
  check_writable(f);
  return Value::integer(write_value(f, args[0]));
}

Value m_writelines(const CallArgs& a) {
  FileObject* f = file_self(a, "writelines");
  CallArgs args = a.shifted();
  exact_args(args, "writelines", 1);
  check_open(f);
  check_writable(f);
  for_each(args[0], [&](const Value& line) { write_value(f, line); });
  return Value::none();
}

Value m_close(const CallArgs& a) {
  exact_args(a.shifted(), "close", 0);
  close_file(file_self(a, "close"));
  return Value::none();
}

Value m_flush(const CallArgs& a) {
  FileObject* f = file_self(a, "flush");
  exact_args(a.shifted(), "flush", 0);
  check_open(f);
  flush_writes(f);
  return Value::none();
}

Value m_tell(const CallArgs& a) {
  FileObject* f = file_self(a, "tell");
  exact_args(a.shifted(), "tell", 0);
  check_open(f, "I/O operation on closed file");
  return Value::integer(tell_position(f));
}

Value m_seek(const CallArgs& a) {
  FileObject* f = file_self(a, "seek");
  CallArgs args = a.shifted();
  count_args(args, "seek", 1, 2);
  check_open(f, "seek of closed file");
  int64_t whence = args.nargs == 2 ? index_to_int64(args[1]) : 0;
  int64_t offset = index_to_int64(args[0]);
  if (whence < 0 || whence > 2)
    raise_value_error(cat("invalid whence (", whence, ", should be 0, 1 or 2)"));
  if (!f->binary) {
    if (whence == 1 && offset != 0) raise_unsupported("can't do nonzero cur-relative seeks");
    if (whence == 2 && offset != 0) raise_unsupported("can't do nonzero end-relative seeks");
    if (whence == 0 && offset < 0) raise_value_error(cat("negative seek position ", offset));
  }
  flush_writes(f);
  // A relative seek counts from where the reader is, not from the end of the read-ahead.
  if (whence == 1) offset -= static_cast<int64_t>(f->rbuf.size() - f->rpos);
  f->rbuf.clear();
  f->rpos = 0;
  f->eof = false;
  return Value::integer(raw_seek(f->fd, offset, static_cast<int>(whence)));
}

Value m_truncate(const CallArgs& a) {
  FileObject* f = file_self(a, "truncate");
  CallArgs args = a.shifted();
  count_args(args, "truncate", 0, 1);
  check_open(f);
  check_writable(f);
  int64_t size = args.nargs == 1 && !args[0].is_none() ? index_to_int64(args[0]) : tell_position(f);
  drop_read_ahead(f);
  flush_writes(f);
  if (::ftruncate(f->fd, static_cast<off_t>(size)) < 0) raise_errno(errno);
  return Value::integer(size);
}

template <bool FileObject::*Flag>
Value m_flag(const CallArgs& a) {
  FileObject* f = file_self(a, "readable");
  exact_args(a.shifted(), "readable", 0);
  check_open(f, "I/O operation on closed file");
  return Value::boolean(f->*Flag);
}

Value m_fileno(const CallArgs& a) {
  FileObject* f = file_self(a, "fileno");
  exact_args(a.shifted(), "fileno", 0);
  check_open(f, "I/O operation on closed file");
  return Value::integer(f->fd);
}

Value m_isatty(const CallArgs& a) {
  FileObject* f = file_self(a, "isatty");
  exact_args(a.shifted(), "isatty", 0);
  check_open(f);
  return Value::boolean(::isatty(f->fd));
}

Value m_enter(const CallArgs& a) {
  FileObject* f = file_self(a, "__enter__");
  exact_args(a.shifted(), "__enter__", 0);
  check_open(f);
  return a[0];
}

Value m_exit(const CallArgs& a) {
  close_file(file_self(a, "__exit__"));
  return Value::none();
}

// --- slots and attributes ---

Value file_iter(const Value& self) {
  check_open(self.as<FileObject>());
  return self;
}

bool file_next(const Value& self, Value& out) {
  FileObject* f = self.as<FileObject>();
  check_open(f, "readline of closed file");
  check_readable(f);
  out = read_line_value(f, -1);
  return length(out) > 0;
}

Value file_repr(const Value& self) {
  FileObject* f = self.as<FileObject>();
  std::string text = cat("<", type_of(self)->name, " name=", repr_utf8(f->name));
  if (!f->binary) text += cat(" mode=", quote_str(f->mode), " encoding=", quote_str(f->encoding));
  return make_str(text + ">");
}

Value get_name(const Value& self) {
  return self.as<FileObject>()->name;
}
Value get_mode(const Value& self) {
  return make_str(self.as<FileObject>()->mode);
}
Value get_closed(const Value& self) {
  return Value::boolean(self.as<FileObject>()->fd < 0);
}
Value get_encoding(const Value& self) {
  return make_str(self.as<FileObject>()->encoding);
}
Value get_errors(const Value& self) {
  return make_str(self.as<FileObject>()->errors);
}

TypeObject* new_file_type(const char* name, bool text) {
  auto* t = new TypeObject(name, object_type);
  ++t->refcnt;  // immortal, like the built-in types
  t->repr = file_repr;
  t->iter = file_iter;
  t->next = file_next;
  add_method(t, "read", m_read);
  add_method(t, "readline", m_readline);
  add_method(t, "readlines", m_readlines);
  add_method(t, "write", m_write);
  add_method(t, "writelines", m_writelines);
  add_method(t, "close", m_close);
  add_method(t, "flush", m_flush);
  add_method(t, "tell", m_tell);
  add_method(t, "seek", m_seek);
  add_method(t, "truncate", m_truncate);
  add_method(t, "readable", m_flag<&FileObject::readable>);
  add_method(t, "writable", m_flag<&FileObject::writable>);
  add_method(t, "seekable", m_flag<&FileObject::seekable>);
  add_method(t, "fileno", m_fileno);
  add_method(t, "isatty", m_isatty);
  add_method(t, "__enter__", m_enter);
  add_method(t, "__exit__", m_exit);
  add_getset(t, "name", get_name);
  add_getset(t, "mode", get_mode);
  add_getset(t, "closed", get_closed);
  if (text) {
    add_getset(t, "encoding", get_encoding);
    add_getset(t, "errors", get_errors);
  }
  return t;
}

}  // namespace

void init_file_types() {
  if (text_io_type) return;
  text_io_type = new_file_type("_io.TextIOWrapper", true);
  buffered_reader_type = new_file_type("_io.BufferedReader", false);
  buffered_writer_type = new_file_type("_io.BufferedWriter", false);
  buffered_random_type = new_file_type("_io.BufferedRandom", false);
  // CPython's io.UnsupportedOperation derives from both OSError and ValueError: made by
  // calling type() so the class machinery computes its MRO.
  auto ns = make<DictObject>();
  ns->set("__module__", make_str("io"));
  Value type = call(Value(type_type),
                    {make_str("UnsupportedOperation"),
                     Value(new_tuple({Value(exc_OSError), Value(exc_ValueError)})), Value(ns)});
  unsupported_operation_type = type.as<TypeObject>();
  ++unsupported_operation_type->refcnt;  // kept for the life of the process
}

}  // namespace gilt
