// sys.stdout, sys.stderr and sys.stdin: small text streams over C stdio with CPython's
// buffering (stdout line-buffered on a terminal and block-buffered otherwise, stderr
// line-buffered), shown as _io.TextIOWrapper like CPython's.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "runtime/type.hpp"

namespace gilt {

struct TextStreamObject : Object {
  FILE* fp;
  std::string name;  // "<stdout>"
  std::string mode;  // "w" or "r"
  TextStreamObject(FILE* fp, std::string name, std::string mode);
  ~TextStreamObject() override;
};

extern TypeObject* text_stream_type;

// Creates the type (once) and a stream over `fp`.
Value new_std_stream(FILE* fp, std::string name, std::string mode);
// Gives stdout and stderr CPython's buffering; call before anything is written to them.
void configure_std_buffering();

// Writes to any file-like value: straight to stdio for our streams, else `stream.write(text)`.
// OSError (BrokenPipeError for EPIPE) when the write fails.
void stream_write(const Value& stream, std::string_view text);
void stream_flush(const Value& stream);
// One line with its "\n" (none at end of file); "" at end of file.
std::string stream_readline(const Value& stream);

// At exit: flushes stdout and stderr, ignoring errors (a closed pipe must end quietly).
void flush_std_streams();

}  // namespace gilt
