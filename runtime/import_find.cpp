// Finding a module, as CPython's meta path does on Linux: the built-in (C++) modules first
// (BuiltinImporter, top-level names only), then each folder of the search path (PathFinder and
// FileFinder): a package folder with an __init__.py wins over a NAME.py beside it. Folders
// without an __init__.py (namespace packages) are not modules in gilt.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>

#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/import.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt::importing {

namespace {

bool is_regular_file(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::string current_directory() {
  char buf[PATH_MAX];
  return getcwd(buf, sizeof buf) ? std::string(buf) : std::string(".");
}

// A search-path entry as a folder to look in: '' is the current directory and a relative
// entry is taken from it, so __file__ is always absolute (as FileFinder makes it).
std::string entry_directory(std::string_view entry) {
  if (entry.empty() || entry == ".") return current_directory();
  if (entry.front() == '/') return std::string(entry);
  return cat(current_directory(), "/", entry);
}

std::string join(std::string_view dir, std::string_view name) {
  if (!dir.empty() && dir.back() == '/') return cat(dir, name);
  return cat(dir, "/", name);
}

// The whole file, or the OSError open() would raise (a module that cannot be read is an
// error, not a reason to look further, as SourceLoader.get_data).
std::string read_source(const std::string& path) {
  FILE* f = fopen(path.c_str(), "rb");
  if (!f) {
    int err = errno;
    TypeObject* type = err == EACCES || err == EPERM ? exc_PermissionError : exc_OSError;
    Value exc = new_exception_args(
        type, new_tuple({Value::integer(err), make_str(strerror(err)), make_str(path)}));
    throw PyException{std::move(exc)};
  }
  std::string text;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    text.append(buf, n);
  fclose(f);
  return text;
}

std::optional<FoundModule> find_in_directory(std::string_view tail, std::string_view entry) {
  std::string dir = entry_directory(entry);
  std::string package_dir = join(dir, tail);
  std::string init = join(package_dir, "__init__.py");
  if (is_regular_file(init)) return FoundModule{init, read_source(init), package_dir};
  std::string file = join(dir, cat(tail, ".py"));
  if (is_regular_file(file)) return FoundModule{file, read_source(file), ""};
  if (auto embedded = embedded_library_source(dir, tail)) {
    return FoundModule{file, std::string(*embedded), ""};
  }
  return std::nullopt;
}

}  // namespace

const BuiltinModule* find_builtin(std::string_view name) {
  for (const BuiltinModule* m = builtin_modules; m->name; ++m) {
    if (name == m->name) return m;
  }
  return nullptr;
}

std::optional<FoundModule> find_source(std::string_view tail, const Value& search_path) {
  // A module name never holds a path separator or a NUL: "import a/b" is no file lookup.
  if (tail.find_first_of(std::string_view("/\0", 2)) != std::string_view::npos) {
    return std::nullopt;
  }
  std::optional<FoundModule> found;
  // The path is a list the program may change, even while a module is found on it: copy first.
  for (const Value& entry : to_vector(search_path)) {
    if (!is_str(entry)) continue;  // PathFinder skips entries that are not str
    found = find_in_directory(tail, entry.as<StrObject>()->view());
    if (found) break;
  }
  return found;
}

}  // namespace gilt::importing
