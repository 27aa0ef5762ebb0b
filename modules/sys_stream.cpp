// Text streams over stdio (sys_stream.hpp).
#include "modules/sys_stream.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

TypeObject* text_stream_type = nullptr;

TextStreamObject::TextStreamObject(FILE* f, std::string n, std::string m)
    : Object(text_stream_type), fp(f), name(std::move(n)), mode(std::move(m)) {}
TextStreamObject::~TextStreamObject() = default;

namespace {

TextStreamObject* as_stream(const Value& v) {
  return v.as<TextStreamObject>();
}
bool is_text_stream(const Value& v) {
  return v.is_obj() && v.as_obj()->type == text_stream_type;
}

[[noreturn]] void raise_os_error(int err) {
  // OSError(errno, msg) called from Python picks the subclass; EPIPE is the one that matters here.
  TypeObject* type = err == EPIPE ? exc_BrokenPipeError : exc_OSError;
  throw PyException{
      new_exception_args(type, new_tuple({Value::integer(err), make_str(strerror(err))}))};
}

void check_stream_error(FILE* fp) {
  if (ferror(fp)) {
    int err = errno ? errno : EIO;
    clearerr(fp);
    raise_os_error(err);
  }
}

TextStreamObject* self_stream(const CallArgs& a, const char* method) {
  if (a.nargs == 0 || !is_text_stream(a[0])) {
    raise_type_error(cat("descriptor '", method, "' requires a '_io.TextIOWrapper' object"));
  }
  return as_stream(a[0]);
}

Value write_method(const CallArgs& a) {
  self_stream(a, "write");
  CallArgs args = a.shifted();
  exact_args(args, "write", 1);
  if (!is_str(args[0])) {
    raise_type_error(cat("write() argument must be str, not ", type_name(args[0])));
  }
  auto* text = args[0].as<StrObject>();
  stream_write(a[0], text->view());
  return Value::integer(text->length);
}

Value flush_method(const CallArgs& a) {
  self_stream(a, "flush");
  exact_args(a.shifted(), "flush", 0);
  stream_flush(a[0]);
  return Value::none();
}

Value readline_method(const CallArgs& a) {
  self_stream(a, "readline");
  CallArgs args = a.shifted();
  no_kwargs(args, "readline");
  count_args(args, "readline", 0, 1);
  std::string line = stream_readline(a[0]);
  if (args.nargs == 1 && !args[0].is_none()) {
    int64_t size = index_to_int64(args[0]);
    if (size >= 0 && static_cast<size_t>(size) < utf8_length(line)) {
      // A sized readline returns a prefix; stdio cannot push back much, so the rest is lost:
      // acceptable for the interactive uses sys.stdin has today.
      line.resize(utf8_offset(line, size));
    }
  }
  return make_str(line);
}

Value read_method(const CallArgs& a) {
  TextStreamObject* s = self_stream(a, "read");
  exact_args(a.shifted(), "read", 0);
  std::string text;
  char buf[8192];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, s->fp)) > 0)
    text.append(buf, n);
  check_stream_error(s->fp);
  return make_str(text);
}

Value fileno_method(const CallArgs& a) {
  return Value::integer(fileno(self_stream(a, "fileno")->fp));
}
Value isatty_method(const CallArgs& a) {
  return Value::boolean(isatty(fileno(self_stream(a, "isatty")->fp)));
}
Value writable_method(const CallArgs& a) {
  return Value::boolean(self_stream(a, "writable")->mode == "w");
}
Value readable_method(const CallArgs& a) {
  return Value::boolean(self_stream(a, "readable")->mode == "r");
}

Value stream_repr(const Value& self) {
  TextStreamObject* s = as_stream(self);
  return make_str(cat("<_io.TextIOWrapper name=", quote_str(s->name), " mode=", quote_str(s->mode),
                      " encoding='utf-8'>"));
}

Value get_name(const Value& self) {
  return make_str(as_stream(self)->name);
}
Value get_mode(const Value& self) {
  return make_str(as_stream(self)->mode);
}
Value get_encoding(const Value&) {
  return make_str("utf-8");
}
Value get_errors(const Value&) {
  return make_str("strict");
}
Value get_closed(const Value&) {
  return Value::boolean(false);
}

void create_type() {
  text_stream_type = new TypeObject("_io.TextIOWrapper", object_type);
  ++text_stream_type->refcnt;  // immortal, like the built-in types
  text_stream_type->repr = stream_repr;
  add_method(text_stream_type, "write", write_method);
  add_method(text_stream_type, "flush", flush_method);
  add_method(text_stream_type, "readline", readline_method);
  add_method(text_stream_type, "read", read_method);
  add_method(text_stream_type, "fileno", fileno_method);
  add_method(text_stream_type, "isatty", isatty_method);
  add_method(text_stream_type, "writable", writable_method);
  add_method(text_stream_type, "readable", readable_method);
  add_getset(text_stream_type, "name", get_name);
  add_getset(text_stream_type, "mode", get_mode);
  add_getset(text_stream_type, "encoding", get_encoding);
  add_getset(text_stream_type, "errors", get_errors);
  add_getset(text_stream_type, "closed", get_closed);
}

}  // namespace

Value new_std_stream(FILE* fp, std::string name, std::string mode) {
  if (!text_stream_type) create_type();
  return Value(new TextStreamObject(fp, std::move(name), std::move(mode)));
}

void configure_std_buffering() {
  // CPython: stdout line-buffered on a terminal and block-buffered otherwise; stderr
  // line-buffered (since 3.9).
  setvbuf(stdout, nullptr, isatty(fileno(stdout)) ? _IOLBF : _IOFBF, 8192);
  setvbuf(stderr, nullptr, _IOLBF, 8192);
}

void stream_write(const Value& stream, std::string_view text) {
  if (is_text_stream(stream)) {
    FILE* fp = as_stream(stream)->fp;
    if (fwrite(text.data(), 1, text.size(), fp) != text.size()) check_stream_error(fp);
    return;
  }
  Value write = get_attr(stream, intern("write"));
  call(write, {make_str(text)});
}

void stream_flush(const Value& stream) {
  if (is_text_stream(stream)) {
    FILE* fp = as_stream(stream)->fp;
    if (fflush(fp) != 0) check_stream_error(fp);
    return;
  }
  Value flush = get_attr_or_null(stream, intern("flush"));
  if (!flush.is_null()) call(flush, {});
}

std::string stream_readline(const Value& stream) {
  if (!is_text_stream(stream)) {
    Value readline = get_attr(stream, intern("readline"));
    Value line = call(readline, {});
    if (!is_str(line)) {
      raise_type_error(cat("object.readline() returned non-string"));
    }
    return line.as<StrObject>()->data;
  }
  // TODO(threads): release the GIL around the blocking read once the GIL exists.
  FILE* fp = as_stream(stream)->fp;
  char* buffer = nullptr;
  size_t capacity = 0;
  ssize_t n = getline(&buffer, &capacity, fp);
  std::string line = n > 0 ? std::string(buffer, static_cast<size_t>(n)) : std::string();
  free(buffer);
  if (n < 0) check_stream_error(fp);
  return line;
}

void flush_std_streams() {
  // Errors here (EPIPE when the reader has gone) are deliberately ignored.
  fflush(stdout);
  fflush(stderr);
}

}  // namespace gilt
