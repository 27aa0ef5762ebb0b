// print, input, and the exit/quit objects.
#include <charconv>
#include <string>

#include "modules/builtins_parts.hpp"
#include "modules/sys.hpp"
#include "modules/sys_stream.hpp"
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace {

// sep and end: None means the default; anything but a str is an error.
std::string_view text_option(const Value& v, const char* what, std::string_view fallback) {
  if (v.is_null() || v.is_none()) return fallback;
  if (!is_str(v)) raise_type_error(cat(what, " must be None or a string, not ", type_name(v)));
  return v.as<StrObject>()->view();
}

// str(v) appended to `out`, without a temporary str object for the common scalars.
void append_str(std::string& out, const Value& v) {
  if (is_exact(v, str_type)) {
    out += v.as<StrObject>()->view();
  } else if (v.is_int()) {
    char buf[24];
    auto result = std::to_chars(buf, buf + sizeof buf, v.as_int());
    out.append(buf, result.ptr);
  } else if (v.is_float()) {
    out += float_repr(v.as_float());
  } else {
    out += str_utf8(v);
  }
}

}  // namespace

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Value builtin_print(const CallArgs& a) {
  Value options[4];  // sep, end, file, flush
  if (a.nkw)
    bind_args(CallArgs{a.args + a.nargs, 0, a.kwnames, a.nkw}, "print",
              {"sep", "end", "file", "flush"}, 0, 0, 4, options);
  std::string_view sep = text_option(options[0], "sep", " ");
  std::string_view end = text_option(options[1], "end", "\n");
  Value file = options[2].is_null() || options[2].is_none() ? sys_stdout() : options[2];
  if (file.is_none()) return Value::none();  // sys.stdout = None silences print, as in CPython
  if (file.is_obj() && file.as_obj()->type == text_stream_type) {
    // Our own streams take the whole line in one write.
    std::string line;
    for (size_t i = 0; i < a.nargs; ++i) {
      if (i) line += sep;
      append_str(line, a[i]);
    }
    line += end;
    stream_write(file, line);
  } else {
    // Any other file-like object sees the pieces as CPython writes them.
    for (size_t i = 0; i < a.nargs; ++i) {
      if (i) stream_write(file, sep);
      stream_write(file, str_utf8(a[i]));
    }
    stream_write(file, end);
  }
  if (!options[3].is_null() && truthy(options[3])) stream_flush(file);
  return Value::none();
}

// input(prompt=None): the line without its newline; EOFError at end of input.
Value builtin_input(const CallArgs& a) {
  no_kwargs(a, "input");
  count_args(a, "input", 0, 1);
  Value in = sys_stdin(), out = sys_stdout();
  if (in.is_none()) raise(exc_RuntimeError, "input(): lost sys.stdin");
  if (out.is_none()) raise(exc_RuntimeError, "input(): lost sys.stdout");
  Value err = sys_stderr();
  if (!err.is_none()) stream_flush(err);
  if (a.nargs == 1 && !a[0].is_none()) stream_write(out, str_utf8(a[0]));
  stream_flush(out);
  std::string line = stream_readline(in);
  if (line.empty()) raise(exc_EOFError, "EOF when reading a line");
  if (line.back() == '\n') line.pop_back();
  return make_str(line);
}

namespace {

struct QuitterObject : Object {
  const char* name;
  QuitterObject(TypeObject* type, const char* n) : Object(type), name(n) {}
};

TypeObject* quitter_type = nullptr;

Value quitter_repr(const Value& self) {
  return make_str(cat("Use ", self.as<QuitterObject>()->name, "() or Ctrl-D (i.e. EOF) to exit"));
}

// exit(code=None): SystemExit(code), as site.Quitter.__call__.
Value quitter_call(const Value&, const CallArgs& a) {
  if (a.nargs > 1) {
    raise_type_error(cat("Quitter.__call__() takes from 1 to 2 positional arguments but ",
                         a.nargs + 1, " were given"));
  }
  Value code = a.nargs == 1 ? a[0] : Value::none();
  throw PyException{new_exception_args(exc_SystemExit, new_tuple({code}))};
}

}  // namespace

Value make_quitter(const char* name) {
  if (!quitter_type) {
    quitter_type = new TypeObject("Quitter", object_type);
    ++quitter_type->refcnt;  // immortal, like the built-in types
    quitter_type->repr = quitter_repr;
    quitter_type->call = quitter_call;
  }
  return Value(new QuitterObject(quitter_type, name));
}

}  // namespace gilt
