// The exception families whose instances carry more than args (exception_kinds.hpp).
#include "runtime/exception_kinds.hpp"

#include <cerrno>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace {

const Value& arg(BaseExceptionObject* exc, size_t i) {
  return exc->args->items[i];
}
size_t nargs(BaseExceptionObject* exc) {
  return exc->args->size();
}

bool is_family(const TypeObject* t, TypeObject* family) {
  return t->is_subtype_of(family);
}

void set(BaseExceptionObject* exc, std::string_view name, const Value& v) {
  set_exception_attribute(Value(exc), name, v);
}
Value get(BaseExceptionObject* exc, std::string_view name) {
  Value v = get_exception_attribute(Value(exc), name);
  return v.is_null() ? Value::none() : v;
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with 2 to 5 arguments the
// first two become errno/strerror and args keeps only those two.
void init_oserror(BaseExceptionObject* exc) {
  size_t n = nargs(exc);
  if (n < 2 || n > 5) return;
  set(exc, "errno", arg(exc, 0));
  set(exc, "strerror", arg(exc, 1));
  if (n >= 3) {
    set(exc, "filename", arg(exc, 2));
    if (n == 5) set(exc, "filename2", arg(exc, 4));
    exc->args = new_tuple({arg(exc, 0), arg(exc, 1)});
  }
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
void init_syntax_error(BaseExceptionObject* exc) {
  size_t n = nargs(exc);
  if (n >= 1) set(exc, "msg", arg(exc, 0));
  if (n != 2) return;
  std::vector<Value> info = to_vector(arg(exc, 1));
  if (info.size() < 4) {
    raise_type_error(cat("function takes at least 4 arguments (", info.size(), " given)"));
  }
  if (info.size() > 6) {
    raise_type_error(cat("function takes at most 6 arguments (", info.size(), " given)"));
  }
  static const char* const names[] = {"filename", "lineno",     "offset",
                                      "text",     "end_lineno", "end_offset"};
  for (size_t i = 0; i < info.size(); ++i)
    set(exc, names[i], info[i]);
}

std::string_view basename(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string syntax_error_str(BaseExceptionObject* exc) {
  Value msg = get(exc, "msg");
  Value filename = get(exc, "filename");
  Value lineno = get(exc, "lineno");
  bool have_file = is_str(filename);
  bool have_line = lineno.is_int();
  std::string text = str_utf8(msg);
  if (have_file && have_line) {
    return cat(text, " (", basename(filename.as<StrObject>()->view()), ", line ", lineno.as_int(),
               ")");
  }
  if (have_file) return cat(text, " (", basename(filename.as<StrObject>()->view()), ")");
  if (have_line) return cat(text, " (line ", lineno.as_int(), ")");
  return text;
}

std::optional<std::string> oserror_str(BaseExceptionObject* exc) {
  Value err = get(exc, "errno"), strerror = get(exc, "strerror");
  Value filename = get(exc, "filename"), filename2 = get(exc, "filename2");
  if (!filename.is_none()) {
    if (!filename2.is_none()) {
      return cat("[Errno ", str_utf8(err), "] ", str_utf8(strerror), ": ", repr_utf8(filename),
                 " -> ", repr_utf8(filename2));
    }
    return cat("[Errno ", str_utf8(err), "] ", str_utf8(strerror), ": ", repr_utf8(filename));
  }
  if (!err.is_none() || !strerror.is_none()) {
    // CPython requires both set; OSError(x, y) always sets both, so either means "the pair".
    return cat("[Errno ", str_utf8(err), "] ", str_utf8(strerror));
  }
  return std::nullopt;
}

Value system_exit_code(const Value& self) {
  auto* exc = self.as<BaseExceptionObject>();
  Value code = get_exception_attribute(self, "code");
  if (!code.is_null()) return code;
  if (nargs(exc) == 0) return Value::none();
  if (nargs(exc) == 1) return arg(exc, 0);
  return Value(exc->args);
}
void set_system_exit_code(const Value& self, const Value& v) {
  set_exception_attribute(self, "code", v.is_null() ? Value::none() : v);
}

Value stop_iteration_value(const Value& self) {
  auto* exc = self.as<BaseExceptionObject>();
  Value value = get_exception_attribute(self, "value");
  if (!value.is_null()) return value;
  return nargs(exc) == 0 ? Value::none() : arg(exc, 0);
}
void set_stop_iteration_value(const Value& self, const Value& v) {
  set_exception_attribute(self, "value", v.is_null() ? Value::none() : v);
}

}  // namespace

void init_family_attributes(BaseExceptionObject* exc) {
  TypeObject* t = exc->type;
  if (!(t->flags & kTypeException) || t == exc_BaseException || t == exc_Exception) return;
  if (is_family(t, exc_OSError)) {
    init_oserror(exc);
  } else if (is_family(t, exc_SyntaxError)) {
    init_syntax_error(exc);
  } else if (is_family(t, exc_ImportError)) {
    if (nargs(exc) == 1) set(exc, "msg", arg(exc, 0));
  }
}

void bind_family_keywords(BaseExceptionObject* exc, const CallArgs& kw) {
  if (kw.nkw == 0) return;
  TypeObject* t = exc->type;
  std::string fname = t->name + "()";
  Value out[2];
  if (is_family(t, exc_ImportError)) {
    bind_args(kw, fname.c_str(), {"name", "path"}, 0, 0, 2, out);
    set(exc, "name", out[0].is_null() ? Value::none() : out[0]);
    set(exc, "path", out[1].is_null() ? Value::none() : out[1]);
  } else if (is_family(t, exc_AttributeError)) {
    bind_args(kw, fname.c_str(), {"name", "obj"}, 0, 0, 2, out);
    set(exc, "name", out[0].is_null() ? Value::none() : out[0]);
    set(exc, "obj", out[1].is_null() ? Value::none() : out[1]);
  } else if (is_family(t, exc_NameError)) {
    bind_args(kw, fname.c_str(), {"name"}, 0, 0, 1, out);
    set(exc, "name", out[0].is_null() ? Value::none() : out[0]);
  } else {
    no_kwargs(kw, fname.c_str());
  }
}

std::optional<std::string> family_str(BaseExceptionObject* exc) {
  TypeObject* t = exc->type;
  if (t == exc_BaseException || t == exc_Exception || t == exc_ValueError || t == exc_TypeError) {
    return std::nullopt;
  }
  if (is_family(t, exc_KeyError) && nargs(exc) == 1) return repr_utf8(arg(exc, 0));
  if (is_family(t, exc_OSError)) return oserror_str(exc);
  if (is_family(t, exc_SyntaxError)) return syntax_error_str(exc);
  return std::nullopt;
}

bool family_attribute_defaults_to_none(const TypeObject* t, std::string_view name) {
  if (!(t->flags & kTypeException)) return false;
  if (is_family(const_cast<TypeObject*>(t), exc_OSError)) {
    return name == "errno" || name == "strerror" || name == "filename" || name == "filename2";
  }
  if (is_family(const_cast<TypeObject*>(t), exc_SyntaxError)) {
    return name == "msg" || name == "filename" || name == "lineno" || name == "offset" ||
           name == "text" || name == "end_lineno" || name == "end_offset" ||
           name == "print_file_and_line";
  }
  if (is_family(const_cast<TypeObject*>(t), exc_ImportError)) {
    return name == "msg" || name == "name" || name == "path";
  }
  if (is_family(const_cast<TypeObject*>(t), exc_AttributeError)) {
    return name == "name" || name == "obj";
  }
  if (is_family(const_cast<TypeObject*>(t), exc_NameError)) return name == "name";
  return false;
}

TypeObject* oserror_subclass_for(const Value& errno_value) {
  if (!errno_value.is_int()) return exc_OSError;
  switch (errno_value.as_int()) {
    case EAGAIN:  // == EWOULDBLOCK on Linux
    case EALREADY:
    case EINPROGRESS:
      return exc_BlockingIOError;
    case ECHILD:
      return exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
      return exc_BrokenPipeError;
    case EEXIST:
      return exc_FileExistsError;
    case ENOENT:
      return exc_FileNotFoundError;
    case EINTR:
      return exc_InterruptedError;
    case EISDIR:
      return exc_IsADirectoryError;
    case ENOTDIR:
      return exc_NotADirectoryError;
    case EACCES:
    case EPERM:
      return exc_PermissionError;
    case ESRCH:
      return exc_ProcessLookupError;
    case ETIMEDOUT:
      return exc_TimeoutError;
    default:
      return exc_OSError;
  }
}

void add_family_getsets() {
  add_getset(exc_SystemExit, "code", system_exit_code, set_system_exit_code, "exception code");
  add_getset(exc_StopIteration, "value", stop_iteration_value, set_stop_iteration_value,
             "generator return value");
}

}  // namespace gilt
