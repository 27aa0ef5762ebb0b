// os (C++): a small part of CPython's posixmodule.c with its argument checks and messages.
// Calls that can block (unlink on a slow file system, kill) run with the GIL released.
#include "modules/os_module.hpp"

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>

#include "modules/io_file.hpp"
#include "runtime/api.hpp"
#include "runtime/args.hpp"
#include "runtime/bytes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/runtime.hpp"
#include "runtime/signals.hpp"
#include "runtime/str.hpp"
#include "runtime/thread_state.hpp"

extern char** environ;

namespace gilt {

namespace {

// CPython's path_converter: str or bytes, no embedded NUL.
std::string path_argument(const Value& v, const char* fname) {
  std::string_view path;
  if (is_str(v)) {
    path = v.as<StrObject>()->view();
  } else if (is_bytes(v)) {
    path = v.as<BytesObject>()->view();
  } else {
    raise_type_error(
        cat(fname, ": path should be string, bytes or os.PathLike, not ", type_name(v)));
  }
  if (path.find('\0') != std::string_view::npos) raise(exc_ValueError, "embedded null byte");
  return std::string(path);
}

int int_argument(const Value& v) {
  int64_t n = index_to_int64(v);
  if (n > INT32_MAX) raise(exc_OverflowError, "signed integer is greater than maximum");
  if (n < INT32_MIN) raise(exc_OverflowError, "signed integer is less than minimum");
  return static_cast<int>(n);
}

Value os_getpid(const CallArgs& a) {
  exact_args(a, "posix.getpid", 0);
  return Value::integer(::getpid());
}

Value os_getppid(const CallArgs& a) {
  exact_args(a, "posix.getppid", 0);
  return Value::integer(::getppid());
}

Value os_getcwd(const CallArgs& a) {
  exact_args(a, "posix.getcwd", 0);
  std::string buffer(4096, '\0');
  while (::getcwd(buffer.data(), buffer.size()) == nullptr) {
    if (errno != ERANGE) raise_errno(errno);
    buffer.resize(buffer.size() * 2);
  }
  return make_str(buffer.c_str());
}

// remove and unlink are one call in CPython too.
template <const char* Name>
Value os_unlink(const CallArgs& a) {
  Value path;
  bind_args(a, Name, {"path"}, 1, 0, &path);
  std::string p = path_argument(path, Name);
  int rc;
  {
    AllowThreads released(current_thread());
    rc = ::unlink(p.c_str());
  }
  if (rc < 0) raise_errno(errno, path);
  return Value::none();
}
constexpr char kRemove[] = "remove";
constexpr char kUnlink[] = "unlink";

Value os_kill(const CallArgs& a) {
  no_kwargs(a, "kill");
  exact_args(a, "kill", 2);
  int64_t pid = index_to_int64(a[0]);
  int sig = int_argument(a[1]);
  int rc;
  {
    AllowThreads released(current_thread());
    rc = ::kill(static_cast<pid_t>(pid), sig);
  }
  if (rc < 0) raise_errno(errno);
  // A signal sent to this process is handled now, as CPython's PyErr_CheckSignals after kill.
  run_pending_signals();
  return Value::none();
}

[[noreturn]] Value os_exit(const CallArgs& a) {
  Value status;
  bind_args(a, "_exit", {"status"}, 1, 1, &status);
  // No flushing, no cleanup: that is what _exit is for (a child after fork, a watchdog).
  ::_exit(int_argument(status));
}

Value os_strerror(const CallArgs& a) {
  exact_args(a, "strerror", 1);
  return make_str(std::strerror(int_argument(a[0])));
}

Value os_cpu_count(const CallArgs& a) {
  exact_args(a, "cpu_count", 0);
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? Value::integer(n) : Value::none();
}

Value os_getenv(const CallArgs& a) {
  // getenv is a Python function in CPython, hence its own wording for a missing key.
  if (a.nargs == 0 && a.nkw == 0)
    raise_type_error("getenv() missing 1 required positional argument: 'key'");
  Value args[2];
  bind_args(a, "getenv", {"key", "default"}, 1, 0, args);
  const Value &key = args[0], &fallback = args[1];
  // Reads os.environ, as CPython's getenv does, so a program's changes to it are seen.
  Value os = runtime->modules->get("os");
  Value env = is_module(os) ? os.as<ModuleObject>()->dict->get("environ") : Value();
  Value found = is_dict(env) ? env.as<DictObject>()->get(key) : Value();
  if (!found.is_null()) return found;
  return fallback.is_null() ? Value::none() : fallback;
}

Ref<DictObject> environment() {
  Ref<DictObject> env = new_dict();
  for (char** entry = ::environ; entry && *entry; ++entry) {
    std::string_view text(*entry);
    size_t eq = text.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    env->set(make_str(text.substr(0, eq)), make_str(text.substr(eq + 1)));
  }
  return env;
}

}  // namespace

Ref<ModuleObject> init_os_module() {
  auto m = make<ModuleObject>("os");
  DictObject* d = m->dict.get();
  d->set("__doc__", make_str("OS routines for NT or Posix depending on what system we're on."));
  d->set("name", make_str("posix"));
  d->set("sep", make_str("/"));
  d->set("altsep", Value::none());
  d->set("extsep", make_str("."));
  d->set("pathsep", make_str(":"));
  d->set("linesep", make_str("\n"));
  d->set("curdir", make_str("."));
  d->set("pardir", make_str(".."));
  d->set("devnull", make_str("/dev/null"));
  d->set("environ", Value(environment()));
  add_function(d, "getpid", os_getpid, "Return the current process id.");
  add_function(d, "getppid", os_getppid, "Return the parent's process id.");
  add_function(d, "getcwd", os_getcwd,
               "Return a unicode string representing the current working directory.");
  add_function(d, "remove", os_unlink<kRemove>, "Remove a file (same as unlink()).");
  add_function(d, "unlink", os_unlink<kUnlink>, "Remove a file (same as remove()).");
  add_function(d, "kill", os_kill, "Kill a process with a signal.");
  add_function(d, "_exit", os_exit,
               "Exit to the system with specified status, without normal exit processing.");
  add_function(d, "strerror", os_strerror, "Translate an error code to a message string.");
  add_function(d, "cpu_count", os_cpu_count,
               "Return the number of CPUs in the system; return None if indeterminable.");
  add_function(d, "getenv", os_getenv,
               "Get an environment variable, return None if it doesn't exist.");
  return m;
}

}  // namespace gilt
