// BaseException instances, tracebacks, and printing them as CPython does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/code.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

struct DictObject;

struct TracebackEntry {
  Ref<CodeObject> code;
  int32_t ip;  // the instruction; code->positions[ip] gives the line and columns
};

struct BaseExceptionObject : Object {
  Ref<TupleObject> args;
  Value cause;    // __cause__: Null = None
  Value context;  // __context__: Null = None
  bool suppress_context = false;
  // Frames the exception passed through, innermost first (the VM appends while unwinding);
  // printed in reverse, outermost first, as "Traceback (most recent call last):".
  std::vector<TracebackEntry> traceback;
  Ref<DictObject> dict;  // other attributes (SyntaxError's filename/lineno/offset/text, user ones)

  explicit BaseExceptionObject(TypeObject* type);
  ~BaseExceptionObject() override;
};

inline bool is_exception(const Value& v) {
  return v.is_obj() && (v.as_obj()->type->flags & kTypeException);
}
inline bool is_exception_type(const Value& v) {
  return v.is_obj() && v.as_obj()->type->is_subtype_of(type_type) &&
         (static_cast<TypeObject*>(v.as_obj())->flags & kTypeException);
}

// Sets up a new instance's type-specific attributes from its args, as calling the type would
// (SystemExit.code, OSError.errno/strerror/filename, SyntaxError.msg/filename/lineno...).
void init_exception_attributes(BaseExceptionObject* exc, Ref<TupleObject> args);
// Attributes kept in the instance dict (SyntaxError's lineno, AttributeError's name...).
void set_exception_attribute(const Value& exc, std::string_view name, const Value& value);
Value get_exception_attribute(const Value& exc, std::string_view name);  // Null when unset

// Prints the exception with its traceback and its __cause__/__context__ chain to stderr,
// exactly as CPython's default sys.excepthook does (SyntaxError with its caret excerpt).
void print_exception(const Value& exc);
std::string format_exception(const Value& exc);  // the same text, for tests and the REPL
// The last line alone: "ValueError: x", "KeyError: 'k'", "__main__.E" (with 3.11's
// ". Did you mean: 'y'?" for AttributeError and NameError).
std::string format_exception_only(const Value& exc);
// Just the "Traceback (most recent call last):" block ("" when the exception passed no frame).
std::string format_traceback_only(const Value& exc);
// The exception's type as tracebacks name it: "ValueError", "__main__.E".
std::string type_display_name_of(const Value& exc);

// A SyntaxError (or IndentationError/TabError) instance with CPython's attributes: msg,
// filename, lineno, offset (1-based), text (the source line), end_lineno, end_offset.
Value make_syntax_error(TypeObject* type, std::string_view msg, std::string_view filename,
                        int lineno, int offset, std::string_view text, int end_lineno,
                        int end_offset);

// Remembers a source text so tracebacks can show its lines (linecache); `name` as in
// code->filename.
void register_source(std::string_view name, std::string_view text);
std::string source_line(std::string_view name, int line);  // "" when unknown; stripped

}  // namespace gilt
