// open() (CPython's _io.open: mode parsing and its messages, then the file object) and the io
// module that exposes it.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "modules/builtins_parts.hpp"
#include "modules/io_file.hpp"
#include "runtime/api.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"

namespace gilt {

namespace {

struct OpenMode {
  bool creating = false, reading = false, writing = false, appending = false;
  bool updating = false, text = false, binary = false;
};

OpenMode parse_mode(std::string_view mode) {
  OpenMode m;
  for (size_t i = 0; i < mode.size(); ++i) {
    char c = mode[i];
    bool* flag = c == 'x'   ? &m.creating
                 : c == 'r' ? &m.reading
                 : c == 'w' ? &m.writing
                 : c == 'a' ? &m.appending
                 : c == '+' ? &m.updating
                 : c == 't' ? &m.text
                 : c == 'b' ? &m.binary
                            : nullptr;
    if (!flag || mode.find(c, i + 1) != std::string_view::npos)
      raise_value_error(cat("invalid mode: '", mode, "'"));
    *flag = true;
  }
  if (m.text && m.binary) raise_value_error("can't have text and binary mode at once");
  int kinds = m.creating + m.reading + m.writing + m.appending;
  if (kinds > 1) raise_value_error("must have exactly one of create/read/write/append mode");
  if (kinds == 0)
    raise_value_error(
        "Must have exactly one of create/read/write/append mode and at most one plus");
  return m;
}

int open_flags(const OpenMode& m) {
  int flags = m.updating ? O_RDWR : m.reading ? O_RDONLY : O_WRONLY;
  if (m.writing) flags |= O_CREAT | O_TRUNC;
  if (m.appending) flags |= O_CREAT | O_APPEND;
  if (m.creating) flags |= O_CREAT | O_EXCL;
  return flags;
}

// The raw file's mode as BufferedReader.mode shows it: "rb", "wb", "ab+", "rb+" ...
std::string binary_mode_text(const OpenMode& m) {
  if (m.creating) return m.updating ? "xb+" : "xb";
  if (m.appending) return m.updating ? "ab+" : "ab";
  if (m.reading || m.updating) return m.updating ? "rb+" : "rb";
  return "wb";
}

// encoding/errors/newline: a str or None.
const StrObject* optional_text(const Value& v, const char* what) {
  if (v.is_null() || v.is_none()) return nullptr;
  if (!is_str(v))
    raise_type_error(cat("open() argument '", what, "' must be str or None, not ", type_name(v)));
  return v.as<StrObject>();
}

Newline parse_newline(const StrObject* s) {
  if (!s) return Newline::Universal;
  std::string_view v = s->view();
  if (v.empty()) return Newline::UniversalKeep;
  if (v == "\n") return Newline::Lf;
  if (v == "\r") return Newline::Cr;
  if (v == "\r\n") return Newline::CrLf;
  raise_value_error(cat("illegal newline value: ", v));
}

}  // namespace

Value builtin_open(const CallArgs& a) {
  init_file_types();
  Value arg[8];
  bind_args(a, "open",
            {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1,
            0, arg);
  const Value& file = arg[0];
  std::string_view mode_text = "r";
  if (!arg[1].is_null()) {
    if (!is_str(arg[1]))
      raise_type_error(cat("open() argument 'mode' must be str, not ", type_name(arg[1])));
    mode_text = arg[1].as<StrObject>()->view();
  }
  int64_t buffering = arg[2].is_null() ? -1 : index_to_int64(arg[2]);
  const StrObject* encoding = optional_text(arg[3], "encoding");
  const StrObject* errors = optional_text(arg[4], "errors");
  const StrObject* newline = optional_text(arg[5], "newline");
  bool closefd = arg[6].is_null() || truthy(arg[6]);

  bool by_descriptor = is_int_value(file) && !is_str(file);
  if (!is_str(file) && !is_bytes(file) && !by_descriptor) {
    raise_type_error(cat("expected str, bytes or os.PathLike object, not ", type_name(file)));
  }
  OpenMode m = parse_mode(mode_text);
  if (m.binary && encoding) raise_value_error("binary mode doesn't take an encoding argument");
  if (m.binary && errors) raise_value_error("binary mode doesn't take an errors argument");
  if (m.binary && newline) raise_value_error("binary mode doesn't take a newline argument");
  if (!m.binary && buffering == 0) raise_value_error("can't have unbuffered text I/O");

  int fd;
  if (by_descriptor) {
    fd = static_cast<int>(index_to_int64(file));
    if (fd < 0) raise_value_error("negative file descriptor");
  } else {
    if (!closefd) raise_value_error("Cannot use closefd=False with file name");
    std::string_view path =
        is_str(file) ? file.as<StrObject>()->view() : file.as<BytesObject>()->view();
    if (path.find('\0') != std::string_view::npos) raise_value_error("embedded null byte");
    if (!arg[7].is_null() && !arg[7].is_none()) {
      Value result = call(arg[7], {file, Value::integer(open_flags(m) | O_CLOEXEC)});
      if (!is_int_value(result)) raise_type_error("expected integer from opener");
      fd = static_cast<int>(index_to_int64(result));
      if (fd < 0) raise_value_error(cat("opener returned ", fd));
    } else {
      fd = raw_open(file, path, open_flags(m));
    }
  }

  TypeObject* type = !m.binary    ? text_io_type
                     : m.updating ? buffered_random_type
                     : m.reading  ? buffered_reader_type
                                  : buffered_writer_type;
  // From here on the object owns the descriptor: an error below closes it.
  Ref<FileObject> f = make<FileObject>(type, fd);
  f->closefd = closefd;
  f->name = file;
  f->binary = m.binary;
  f->readable = m.reading || m.updating;
  f->writable = !m.reading || m.updating;
  f->appending = m.appending;
  f->mode = m.binary ? binary_mode_text(m) : std::string(mode_text);
  if (raw_is_directory(fd)) raise_errno(EISDIR, file);
  f->seekable = ::lseek(fd, 0, SEEK_CUR) >= 0;
  if (m.appending && f->seekable) ::lseek(fd, 0, SEEK_END);
  if (!m.binary) {
    f->newline = parse_newline(newline);
    f->encoding = encoding ? std::string(encoding->view()) : "utf-8";  // UTF-8 mode's name
    f->errors = errors ? std::string(errors->view()) : "strict";
    decode_bytes("", f->encoding, f->errors);  // LookupError "unknown encoding: x" now
  }
  return Value(f);
}

Ref<ModuleObject> init_io_module() {
  init_file_types();
  auto m = make<ModuleObject>("io");
  DictObject* d = m->dict.get();
  d->set("__doc__", make_str("The io module provides the Python interfaces to stream handling."));
  add_function(d, "open", builtin_open, "Open file and return a stream.");
  d->set("UnsupportedOperation", Value(unsupported_operation_type));
  d->set("TextIOWrapper", Value(text_io_type));
  d->set("BufferedReader", Value(buffered_reader_type));
  d->set("BufferedWriter", Value(buffered_writer_type));
  d->set("BufferedRandom", Value(buffered_random_type));
  d->set("DEFAULT_BUFFER_SIZE", Value::integer(8192));
  d->set("SEEK_SET", Value::integer(0));
  d->set("SEEK_CUR", Value::integer(1));
  d->set("SEEK_END", Value::integer(2));
  return m;
}

}  // namespace gilt
