// gilt's command line, modelled on python3's:
//   gilt FILE [args]      run a script (sys.argv = [FILE, args...]; sys.path[0] is the
//                         script's folder, symbolic links resolved)
//   gilt -c CODE [args]   run CODE (sys.argv[0] == '-c', sys.path[0] == '')
//   gilt - [args]         run the program on standard input (also the default when stdin is
//                         not a terminal; sys.path[0] == ''); with a terminal and no arguments,
//                         an interactive loop
//   gilt --dis/--tokens/--ast FILE   dump one stage of the pipeline
// sys.path goes on with the GILTPATH folders and gilt's library (runtime/import_library.cpp).
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "interpreter/compiler/compile.hpp"
#include "interpreter/parse.hpp"
#include "modules/sys.hpp"
#include "modules/sys_stream.hpp"
#include "modules/sys_version.hpp"
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/module.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/vm.hpp"

namespace gilt {
namespace {

// "gilt 0.1.0 (Python 3.11 compatible)", from the numbers sys.version uses.
std::string version_text() {
  return cat("gilt ", kGiltVersion, " (Python ", kPythonMajor, ".", kPythonMinor, " compatible)");
}

constexpr const char* kUsage =
    "usage: gilt [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd       program passed in as string (terminates option list)\n"
    "  -h, --help   print this help message and exit\n"
    "  -u           unbuffered stdout and stderr\n"
    "  -B, -E, -I, -q, -s, -S  accepted for python3 compatibility; no effect\n"
    "  -V, --version  print the version number and exit\n"
    "  --dis file   print the bytecode of file's module and its functions\n"
    "  --tokens file  print file's tokens\n"
    "  --ast file   print file's syntax tree\n"
    "Arguments:\n"
    "  file         program read from script file\n"
    "  -            program read from stdin (default; interactive mode if a tty)\n"
    "  arg ...      arguments passed to program in sys.argv[1:]\n";

// --- leaving -----------------------------------------------------------------------------

// The one way out once the runtime exists: flush what the program printed (a reader that has
// gone away must not turn into an error now) and end without tearing the object graph down.
[[noreturn]] void finish(int status) {
  flush_std_streams();
  _exit(status);
}

// CPython's handling of an uncaught SystemExit: None -> 0, an int -> itself (the OS keeps the
// low 8 bits), anything else is printed to stderr and gives 1.
int system_exit_status(const Value& exc) {
  Value code;
  try {
    code = get_attr(exc, intern("code"));
  } catch (const PyException&) {
    return 1;
  }
  if (code.is_none()) return 0;
  if (code.is_int() || code.is_bool()) return static_cast<int>(code.as_int() & 0xff);
  if (is_exact(code, int_type)) return 255;  // a big int, beyond C long: CPython gets -1
  try {
    Value err = sys_stderr();
    std::string text = str_utf8(code) + "\n";
    if (err.is_none()) {
      fwrite(text.data(), 1, text.size(), stderr);
    } else {
      stream_write(err, text);
    }
  } catch (const PyException&) {
  }
  return 1;
}

// An exception nobody caught: its exit status (after printing it, unless it is SystemExit).
int report_uncaught(const Value& exc) {
  if (is_instance(exc, exc_SystemExit)) return system_exit_status(exc);
  try {
    Value out = sys_stdout();
    if (!out.is_none()) stream_flush(out);
  } catch (const PyException&) {
  }
  print_exception(exc);
  if (is_instance(exc, exc_KeyboardInterrupt)) {
    // As CPython: die of SIGINT so the parent shell sees the interrupt.
    flush_std_streams();
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
  }
  return 1;
}

// --- running code ------------------------------------------------------------------------

// __main__ has python3's names: a program read from a file (or stdin) also gets __file__ and
// __cached__ (None), and every one starts with an empty __annotations__.
Ref<DictObject> make_main_module(const std::string* file) {
  Ref<ModuleObject> main = make<ModuleObject>("__main__");
  main->dict->set("__annotations__", Value(new_dict()));
  main->dict->set("__builtins__", Value(runtime->builtins_module));
  if (file) {
    main->dict->set("__file__", make_str(*file));
    main->dict->set("__cached__", Value::none());
  }
  runtime->modules->set("__main__", Value(main));
  return main->dict;
}

// Compiles and runs a whole program; returns the exit status.
int run_program(const std::string& text, const std::string& filename, const std::string* file) {
  try {
    Ref<DictObject> globals = make_main_module(file);
    Ref<CodeObject> code = runtime->compile(text, filename, CompileMode::Exec);
    run_code(code.get(), globals.get());
  } catch (const PyException& e) {
    return report_uncaught(e.exc);
  }
  return 0;
}

bool read_stream(FILE* in, std::string& out) {
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, in)) > 0)
    out.append(buf, n);
  return !ferror(in);
}

// The script's text, or python3's message and status 2.
bool read_script(const std::string& path, std::string& text) {
  FILE* f = fopen(path.c_str(), "rb");
  int err = errno;
  if (f) {
    bool ok = read_stream(f, text);
    err = errno;
    fclose(f);
    if (ok) return true;
  }
  std::string abs = std::filesystem::absolute(path).string();
  fprintf(stderr, "gilt: can't open file '%s': [Errno %d] %s\n", abs.c_str(), err, strerror(err));
  return false;
}

std::string script_directory(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::weakly_canonical(std::filesystem::absolute(path), ec);
  if (ec) p = std::filesystem::absolute(path);
  return p.parent_path().string();
}

// A minimal interactive loop (a later issue replaces it with readline): ">>> " and "... "
// prompts, the front end decides when a statement is complete, errors are printed and the
// loop goes on, end of input leaves with status 0.
int run_interactive() {
  fprintf(stderr,
          "%s\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
          version_text().c_str());
  Ref<DictObject> globals = make_main_module(nullptr);
  std::string buffer;
  for (;;) {
    fputs(buffer.empty() ? ">>> " : "... ", stderr);
    fflush(stderr);
    char* line = nullptr;
    size_t capacity = 0;
    ssize_t n = getline(&line, &capacity, stdin);
    if (n < 0) {
      free(line);
      fputs("\n", stderr);
      return 0;
    }
    buffer.append(line, static_cast<size_t>(n));
    free(line);
    if (buffer.back() != '\n') buffer += '\n';
    if (front::check_interactive(buffer) == front::InputStatus::Incomplete) continue;
    std::string source;
    source.swap(buffer);
    if (source.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    try {
      Ref<CodeObject> code = runtime->compile(source, "<stdin>", CompileMode::Single);
      run_code(code.get(), globals.get());
    } catch (const PyException& e) {
      if (is_instance(e.exc, exc_SystemExit)) return system_exit_status(e.exc);
      print_exception(e.exc);
    }
    flush_std_streams();
  }
}

// --- the dump options ----------------------------------------------------------------------

int dump_stage(const std::string& option, const std::string& path) {
  std::string text;
  if (!read_script(path, text)) return 2;
  if (option == "--tokens") {
    std::cout << front::dump_tokens(text) << std::flush;
    return 0;
  }
  if (option == "--ast") {
    front::ParseResult result = front::parse_module(text);
    if (result.error) {
      std::cerr << front::format_syntax_error(*result.error, path) << std::flush;
      return 1;
    }
    std::cout << front::dump_ast(*result.module) << std::flush;
    return 0;
  }
  // --dis
  try {
    Ref<CodeObject> code = compiler::compile_source(text, path, CompileMode::Exec);
    std::cout << compiler::disassemble(*code) << std::flush;
  } catch (const PyException& e) {
    print_exception(e.exc);
    return 1;
  }
  return 0;
}

int usage_error(const std::string& message) {
  fprintf(stderr, "%s\n%s", message.c_str(), kUsage);
  return 2;
}

int run_main(int argc, char** argv) {
  // python3 ignores SIGPIPE: a write to a closed pipe becomes BrokenPipeError, not death.
  signal(SIGPIPE, SIG_IGN);
  configure_std_buffering();
  std::vector<std::string> args(argv + 1, argv + argc);

  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-V" || a == "--version") {
      printf("%s\n", version_text().c_str());
      return 0;
    }
    if (a == "-h" || a == "--help") {
      fputs(kUsage, stdout);
      return 0;
    }
    if (a == "--dis" || a == "--tokens" || a == "--ast") {
      if (i + 1 >= args.size()) return usage_error("Argument expected for the " + a + " option");
      init_runtime(&compiler::compile_source);
      finish(dump_stage(a, args[i + 1]));
    }
    if (a == "-u") {  // unbuffered stdout and stderr
      setvbuf(stdout, nullptr, _IONBF, 0);
      setvbuf(stderr, nullptr, _IONBF, 0);
      continue;
    }
    // python3 flags with nothing to do in gilt (no bytecode files, site or environment use).
    if (a == "-B" || a == "-E" || a == "-s" || a == "-S" || a == "-I" || a == "-q") continue;
    if (a == "-c" || a == "-" || a.empty() || a[0] != '-') break;
    return usage_error("unknown option " + a);
  }

  init_runtime(&compiler::compile_source);

  if (i < args.size() && args[i] == "-c") {
    if (i + 1 >= args.size()) return usage_error("Argument expected for the -c option");
    std::vector<std::string> program_argv{"-c"};
    program_argv.insert(program_argv.end(), args.begin() + static_cast<long>(i) + 2, args.end());
    set_sys_argv(program_argv);
    finish(run_program(args[i + 1], "<string>", nullptr));
  }

  if (i < args.size() && args[i] != "-") {
    const std::string& path = args[i];
    std::vector<std::string> program_argv(args.begin() + static_cast<long>(i), args.end());
    set_sys_argv(program_argv);
    std::string text;
    if (!read_script(path, text)) finish(2);
    set_sys_path0(script_directory(path));
    // As python3: __file__ and the traceback's file name are the absolute (unnormalised) path.
    std::string filename = std::filesystem::absolute(path).string();
    register_source(filename, text);
    finish(run_program(text, filename, &filename));
  }

  bool dash = i < args.size();  // "gilt -"
  std::vector<std::string> program_argv{dash ? "-" : ""};
  if (dash)
    program_argv.insert(program_argv.end(), args.begin() + static_cast<long>(i) + 1, args.end());
  set_sys_argv(program_argv);
  if (!dash && isatty(fileno(stdin))) finish(run_interactive());
  std::string text;
  if (!read_stream(stdin, text)) {
    fprintf(stderr, "gilt: can't read <stdin>: %s\n", strerror(errno));
    finish(2);
  }
  std::string filename = "<stdin>";
  finish(run_program(text, filename, &filename));
}

}  // namespace
}  // namespace gilt

int main(int argc, char** argv) {
  try {
    return gilt::run_main(argc, argv);
  } catch (const gilt::PyException& e) {
    // Only start-up can get here (everything after it reports its own exceptions).
    gilt::print_exception(e.exc);
    return 1;
  } catch (const std::bad_alloc&) {
    fputs("gilt: out of memory\n", stderr);
    return 1;
  }
}
