// sys.path at start-up, and gilt's own library of modules written in gilt's Python.
//
// How the library entry works (one code path for a built tree and a copied binary):
// the last entry of sys.path is the source tree's modules/ folder, whose absolute path the
// build bakes in (GILT_LIBRARY_DIR, set on this file by CMakeLists.txt). `import` searches that
// entry like any other folder, reading modules/NAME.py from disk, so an edited library module
// takes effect at once. The build also embeds every modules/*.py into the binary
// (scripts/embed_py.cmake -> py_modules.inc); when the library folder does not exist (the
// binary was moved to another machine or the tree was deleted), the finder takes NAME.py from
// that embedded copy instead, under the same path, so __file__, module reprs and tracebacks
// (the source is registered for them) read the same either way. Only that entry gets the
// fallback: a program that removes it from sys.path no longer sees the library.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "runtime/import.hpp"

#ifndef GILT_LIBRARY_DIR
#define GILT_LIBRARY_DIR "modules"
#endif

namespace gilt::importing {

namespace {

struct EmbeddedModule {
  const char* name;
  const char* source;
};

const EmbeddedModule embedded_modules[] = {
#include "py_modules.inc"
    {nullptr, nullptr}};

bool is_directory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// A GILTPATH entry as CPython treats a PYTHONPATH one: absolute and normalised, an empty entry
// meaning the current directory.
std::string absolute_entry(std::string_view entry) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(entry.empty() ? "." : entry), ec);
  if (ec) return std::string(entry);
  std::string out = p.lexically_normal().string();
  while (out.size() > 1 && out.back() == '/')
    out.pop_back();
  return out;
}

}  // namespace

const std::string& library_dir() {
  static const std::string dir = absolute_entry(GILT_LIBRARY_DIR);
  return dir;
}

std::optional<std::string_view> embedded_library_source(std::string_view dir,
                                                        std::string_view tail) {
  if (dir != library_dir()) return std::nullopt;
  // Asked only after the folder search failed: either the folder is gone (use the copy) or
  // it is there and has no such module (so neither has the library).
  static const bool folder_missing = !is_directory(library_dir());
  if (!folder_missing) return std::nullopt;
  for (const EmbeddedModule* m = embedded_modules; m->name; ++m) {
    if (tail == m->name) return std::string_view(m->source);
  }
  return std::nullopt;
}

std::vector<std::string> initial_sys_path(std::string_view first) {
  std::vector<std::string> path{std::string(first)};
  if (const char* env = getenv("GILTPATH"); env && *env) {
    std::string_view rest(env);
    for (;;) {
      size_t colon = rest.find(':');
      path.push_back(absolute_entry(rest.substr(0, colon)));
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  path.push_back(library_dir());
  return path;
}

}  // namespace gilt::importing
