// sys: argv, path, modules, the standard streams, exit, the recursion limit, and version and
// platform facts. Everything else of CPython's sys is a later issue.
#include "modules/sys.hpp"

#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdint>

#include "modules/sys_stream.hpp"
#include "modules/sys_version.hpp"
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/import.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/thread_state.hpp"
#include "runtime/tuple.hpp"
#include "runtime/unraisable.hpp"

namespace gilt {

namespace {

Ref<ModuleObject> sys_module;
Value original_stdout, original_stderr, original_stdin;

// `key` is interned once by the caller: print() asks for sys.stdout on every call.
Value sys_attr(StrObject* key, const Value& fallback) {
  if (!sys_module) return fallback;
  Value v = sys_module->dict->get_str(key);
  return v.is_null() ? fallback : v;
}

// sys.exit(status=None): SystemExit carries the status as its args, as PyErr_SetObject does
// (None means no args, a tuple spreads into args).
Value sys_exit(const CallArgs& a) {
  no_kwargs(a, "exit");
  count_args(a, "exit", 0, 1);
  if (a.nargs == 0 || a[0].is_none()) {
    throw PyException{new_exception_args(exc_SystemExit, empty_tuple())};
  }
  if (is_exact(a[0], tuple_type)) throw PyException{new_exception_args(exc_SystemExit, a[0])};
  throw PyException{new_exception_args(exc_SystemExit, new_tuple({a[0]}))};
}

Value getrecursionlimit(const CallArgs& a) {
  no_kwargs(a, "sys.getrecursionlimit");
  exact_args(a, "sys.getrecursionlimit", 0);
  return Value::integer(runtime->recursion_limit);
}

Value setrecursionlimit(const CallArgs& a) {
  no_kwargs(a, "sys.setrecursionlimit");
  exact_args(a, "sys.setrecursionlimit", 1);
  if (a[0].is_float()) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t limit = index_to_int64(a[0]);
  if (limit < 1) raise_value_error("recursion limit must be greater or equal than 1");
  if (limit > INT_MAX) raise_overflow_error("Python int too large to convert to C int");
  int depth = current_thread() ? current_thread()->recursion_depth : 0;
  if (limit <= depth) {
    raise(exc_RecursionError, cat("cannot set the recursion limit to ", limit,
                                  " at the recursion depth ", depth, ": the limit is too low"));
  }
  runtime->recursion_limit = static_cast<int>(limit);
  return Value::none();
}

Value handled_exception() {
  ThreadState* ts = current_thread();
  return ts && !ts->handled_exc.is_null() ? ts->handled_exc : Value::none();
}

Value exc_info(const CallArgs& a) {
  no_kwargs(a, "sys.exc_info");
  exact_args(a, "sys.exc_info", 0);
  Value exc = handled_exception();
  if (exc.is_none()) return new_tuple({Value::none(), Value::none(), Value::none()});
  Value tb = get_attr(exc, intern("__traceback__"));
  return new_tuple({Value(type_of(exc)), exc, tb});
}

Value exception(const CallArgs& a) {
  no_kwargs(a, "sys.exception");
  exact_args(a, "sys.exception", 0);
  return handled_exception();
}

Value sys_intern(const CallArgs& a) {
  no_kwargs(a, "sys.intern");
  exact_args(a, "sys.intern", 1);
  if (!is_exact(a[0], str_type)) {
    raise_type_error(cat("intern() argument must be str, not ", type_name(a[0])));
  }
  return Value(intern(a[0].as<StrObject>()->view()));
}

Value getdefaultencoding(const CallArgs& a) {
  no_kwargs(a, "sys.getdefaultencoding");
  exact_args(a, "sys.getdefaultencoding", 0);
  return make_str("utf-8");
}

std::string executable_path() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
}

Value str_list(const std::vector<std::string>& items) {
  std::vector<Value> values;
  values.reserve(items.size());
  for (const std::string& s : items)
    values.push_back(make_str(s));
  return Value(new_list(std::move(values)));
}

// Sorted, as CPython's.
Value builtin_module_names() {
  std::vector<std::string> names{"builtins"};
  for (const BuiltinModule* m = builtin_modules; m->name; ++m)
    names.push_back(m->name);
  std::sort(names.begin(), names.end());
  std::vector<Value> items;
  for (const std::string& name : names)
    items.push_back(make_str(name));
  return new_tuple(std::move(items));
}

}  // namespace

Ref<ModuleObject> init_sys_module() {
  sys_module = make<ModuleObject>("sys");
  DictObject* d = sys_module->dict.get();
  d->set("__doc__",
         make_str("This module provides access to some objects used or maintained by the\n"
                  "interpreter and to functions that interact strongly with the interpreter."));
  original_stdin = new_std_stream(stdin, "<stdin>", "r");
  original_stdout = new_std_stream(stdout, "<stdout>", "w");
  original_stderr = new_std_stream(stderr, "<stderr>", "w");
  d->set("stdin", original_stdin);
  d->set("stdout", original_stdout);
  d->set("stderr", original_stderr);
  add_function(d, "unraisablehook", default_unraisable_hook,
               "Handle an unraisable exception.\n\nThe unraisable argument has the following "
               "attributes: exc_type, exc_value, exc_traceback, err_msg, object.");
  d->set("__unraisablehook__", d->get("unraisablehook"));
  d->set("__stdin__", original_stdin);
  d->set("__stdout__", original_stdout);
  d->set("__stderr__", original_stderr);
  d->set("argv", str_list(runtime->argv.empty() ? std::vector<std::string>{""} : runtime->argv));
  d->set("path", str_list(importing::initial_sys_path("")));
  d->set("modules", Value(runtime->modules));
  d->set("builtin_module_names", builtin_module_names());
  d->set("version", sys_version_text());
  d->set("version_info", sys_version_info());
  d->set("hexversion", Value::integer(kPythonHexVersion));
  d->set("implementation", sys_implementation());
  d->set("platform", make_str("linux"));
  d->set("byteorder", make_str("little"));
  d->set("maxsize", Value::integer(INT64_MAX));
  d->set("maxunicode", Value::integer(0x10FFFF));
  d->set("executable", make_str(executable_path()));
  d->set("dont_write_bytecode", Value::boolean(true));
  add_function(d, "exit", sys_exit, "Exit the interpreter by raising SystemExit(status).");
  add_function(d, "getrecursionlimit", getrecursionlimit);
  add_function(d, "setrecursionlimit", setrecursionlimit);
  add_function(d, "exc_info", exc_info);
  add_function(d, "exception", exception);
  add_function(d, "intern", sys_intern);
  add_function(d, "getdefaultencoding", getdefaultencoding);
  return sys_module;
}

Value sys_stdout() {
  static StrObject* const key = intern("stdout");
  return sys_attr(key, original_stdout);
}
Value sys_stderr() {
  static StrObject* const key = intern("stderr");
  return sys_attr(key, original_stderr);
}
Value sys_stdin() {
  static StrObject* const key = intern("stdin");
  return sys_attr(key, original_stdin);
}

void set_sys_argv(const std::vector<std::string>& argv) {
  sys_module->dict->set("argv", str_list(argv));
}

void set_sys_path0(std::string_view dir) {
  Value path = sys_module->dict->get("path");
  if (is_list(path) && !path.as<ListObject>()->items.empty()) {
    path.as<ListObject>()->items[0] = make_str(dir);
  }
}

}  // namespace gilt
