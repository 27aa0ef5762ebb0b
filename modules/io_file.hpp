// File objects (CPython's _io.TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom)
// over a file descriptor, with one buffer layer of our own, and the io module built on them.
//
// One C++ object serves all four types: the type only decides the repr and what `mode` and
// `write` accept. Text mode decodes with runtime/bytes.hpp's codecs and translates newlines.
#pragma once

#include <string>
#include <string_view>

#include "runtime/module.hpp"
#include "runtime/type.hpp"

namespace gilt {

enum class Newline { Universal, UniversalKeep, Lf, Cr, CrLf };  // None, '', '\n', '\r', '\r\n'

struct FileObject : Object {
  int fd = -1;  // -1 once closed
  bool readable = false, writable = false, appending = false, binary = false;
  bool closefd = true;
  bool seekable = true;
  Value name;            // the path (str) or the descriptor (int), as given
  std::string mode;      // `mode` as shown: "r", "w+", "rb", "rb+" ...
  std::string encoding;  // as given (or "UTF-8"); text mode only
  std::string errors;    // "strict" unless given
  Newline newline = Newline::Universal;
  std::string rbuf;  // raw bytes read ahead; rbuf[rpos:] are unread
  size_t rpos = 0;
  std::string wbuf;  // raw bytes written, not yet handed to write(2)
  bool eof = false;  // the last fill read nothing

  FileObject(TypeObject* type, int fd);
  ~FileObject() override;  // flushes and closes, errors ignored
};

extern TypeObject* text_io_type;                // _io.TextIOWrapper
extern TypeObject* buffered_reader_type;        // _io.BufferedReader
extern TypeObject* buffered_writer_type;        // _io.BufferedWriter
extern TypeObject* buffered_random_type;        // _io.BufferedRandom
extern TypeObject* unsupported_operation_type;  // io.UnsupportedOperation (OSError, ValueError)

void init_file_types();  // once; open() and the io module call it

// io_raw.cpp: the only place that calls the blocking system calls (the GIL is released around
// them there). Each raises OSError (the errno's subclass) on failure; `filename` is reported
// for open.
int raw_open(const Value& filename, std::string_view path, int flags);
size_t raw_read(int fd, char* buffer, size_t size);  // 0 at end of file
void raw_write_all(int fd, std::string_view data);
int64_t raw_seek(int fd, int64_t offset, int whence);
void raw_close(int fd);
bool raw_is_directory(int fd);
[[noreturn]] void raise_errno(int err, const Value& filename = Value());

Ref<ModuleObject> init_io_module();  // registry.cpp's entry for "io"

}  // namespace gilt
