// Running code from strings: compile, exec, eval (through the compiler hook the interpreter
// installs, runtime.hpp), and __import__.
#include <cstring>

#include "modules/builtins_parts.hpp"
#include "runtime/api.hpp"
#include "runtime/bytes.hpp"
#include "runtime/code.hpp"
#include "runtime/errors.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/vm.hpp"

namespace gilt {

namespace {

bool is_code(const Value& v) {
  return v.is_obj() && v.as_obj()->type == code_type;
}

// Source text from a str or (UTF-8) bytes; `what` names the caller for the TypeError.
std::string source_text(const Value& v, const char* fname, const char* kinds) {
  if (is_str(v)) return v.as<StrObject>()->data;
  if (is_bytes(v)) return std::string(v.as<BytesObject>()->view());
  raise_type_error(cat(fname, "() arg 1 must be a ", kinds));
}

Ref<CodeObject> compile_text(std::string_view text, std::string_view filename, CompileMode mode) {
  if (text.find('\0') != std::string_view::npos) {
    raise(exc_SyntaxError, "source code string cannot contain null bytes");
  }
  if (!runtime->compile) raise(exc_SystemError, "no compiler is installed");
  return runtime->compile(text, filename, mode);
}

// exec/eval's namespaces: the caller's when none are given; globals gets __builtins__.
void resolve_namespaces(const Value& globals_arg, const Value& locals_arg, bool is_exec,
                        Ref<DictObject>& globals, Value& locals) {
  bool no_globals = globals_arg.is_null() || globals_arg.is_none();
  bool no_locals = locals_arg.is_null() || locals_arg.is_none();
  // Only dicts for now where CPython also accepts any mapping as locals. The checks come in
  // CPython's order: exec judges globals first, eval locals first.
  bool bad_globals = !no_globals && !is_dict(globals_arg);
  bool bad_locals = !no_locals && !is_dict(locals_arg);
  if (is_exec) {
    if (bad_globals)
      raise_type_error(cat("exec() globals must be a dict, not ", type_name(globals_arg)));
    if (bad_locals)
      raise_type_error(cat("locals must be a mapping or None, not ", type_name(locals_arg)));
  } else {
    if (bad_locals) raise_type_error("locals must be a mapping");
    if (bad_globals) raise_type_error("globals must be a dict");
  }
  if (no_globals) {
    globals = Ref<DictObject>(caller_globals());
    locals = no_locals ? caller_locals() : locals_arg;
  } else {
    globals = Ref<DictObject>::from(globals_arg);
    locals = no_locals ? globals_arg : locals_arg;
  }
  if (globals->get("__builtins__").is_null())
    globals->set("__builtins__", Value(runtime->builtins));
}

}  // namespace

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)
Value builtin_compile(const CallArgs& a) {
  Value args[7];
  bind_args(a, "compile",
            {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
            3, 0, 1, args);
  if (is_code(args[0])) return args[0];
  std::string text = source_text(args[0], "compile", "string, bytes or AST object");
  std::string filename;
  if (is_str(args[1])) {
    filename = args[1].as<StrObject>()->data;
  } else if (is_bytes(args[1])) {
    filename = std::string(args[1].as<BytesObject>()->view());
  } else {
    raise_type_error(cat("expected str, bytes or os.PathLike object, not ", type_name(args[1])));
  }
  if (!is_str(args[2])) {
    raise_type_error(cat("compile() argument 'mode' must be str, not ", type_name(args[2])));
  }
  std::string_view mode = args[2].as<StrObject>()->view();
  CompileMode m;
  if (mode == "exec") {
    m = CompileMode::Exec;
  } else if (mode == "eval") {
    m = CompileMode::Eval;
  } else if (mode == "single") {
    m = CompileMode::Single;
  } else {
    raise_value_error("compile() mode must be 'exec', 'eval' or 'single'");
  }
  return Value(compile_text(text, filename, m));
}

// exec(source, globals=None, locals=None, /, *, closure=None)
Value builtin_exec(const CallArgs& a) {
  Value args[4];
  bind_args(a, "exec", {"source", "globals", "locals", "closure"}, 1, 3, 1, args);
  Ref<DictObject> globals;
  Value locals;
  resolve_namespaces(args[1], args[2], true, globals, locals);
  Ref<CodeObject> code;
  if (is_code(args[0])) {
    code = Ref<CodeObject>::from(args[0]);
  } else {
    std::string text = source_text(args[0], "exec", "string, bytes or code object");
    code = compile_text(text, "<string>", CompileMode::Exec);
  }
  run_code(code.get(), globals.get(), locals.as<DictObject>());
  return Value::none();
}

// eval(source, globals=None, locals=None, /): leading spaces and tabs are ignored.
Value builtin_eval(const CallArgs& a) {
  no_kwargs(a, "eval");
  count_args(a, "eval", 1, 3);
  Ref<DictObject> globals;
  Value locals;
  resolve_namespaces(a.nargs > 1 ? a[1] : Value(), a.nargs > 2 ? a[2] : Value(), false, globals,
                     locals);
  Ref<CodeObject> code;
  if (is_code(a[0])) {
    code = Ref<CodeObject>::from(a[0]);
  } else {
    std::string text = source_text(a[0], "eval", "string, bytes or code object");
    size_t start = text.find_first_not_of(" \t");
    code = compile_text(start == std::string::npos ? "" : std::string_view(text).substr(start),
                        "<string>", CompileMode::Eval);
  }
  return run_code(code.get(), globals.get(), locals.as<DictObject>());
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Value builtin___import__(const CallArgs& a) {
  Value args[5];
  bind_args(a, "__import__", {"name", "globals", "locals", "fromlist", "level"}, 1, 0, args);
  if (!is_str(args[0])) raise_type_error("module name must be a string");
  int64_t level = args[4].is_null() ? 0 : index_to_int64(args[4]);
  if (level < 0) raise_value_error("level must be >= 0");
  auto* name = args[0].as<StrObject>();
  if (name->length == 0 && level == 0) raise_value_error("Empty module name");
  DictObject* globals = is_dict(args[1]) ? args[1].as<DictObject>() : nullptr;
  return import_name(name, args[3], static_cast<int>(level), globals);
}

}  // namespace gilt
