// The import system's C++ parts: relative-name resolution, sys.path at start-up, the library
// folder, and loading source modules from a scratch folder (sys.modules bookkeeping that a
// script cannot observe as directly).
#include <doctest/doctest.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "runtime/api.hpp"
#include "runtime/import.hpp"
#include "runtime/module.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "tests/unit/support.hpp"

namespace gilt {
namespace {

using test::ensure_runtime;
using test::error_of;

// A module-like globals dict for resolve_relative_name.
Ref<DictObject> globals_of(const char* name, const char* package = nullptr,
                           bool is_package = false) {
  Ref<DictObject> g = new_dict();
  if (name) g->set("__name__", make_str(name));
  if (package) g->set("__package__", make_str(package));
  if (is_package) g->set("__path__", Value(new_list()));
  return g;
}

// A scratch folder on sys.path for the duration of a test, removed afterwards.
class ScratchPath {
 public:
  ScratchPath() {
    char tmpl[] = "/tmp/gilt-unit-import-XXXXXX";
    dir_ = mkdtemp(tmpl);
    list()->items.insert(list()->items.begin(), make_str(dir_));
  }
  ~ScratchPath() {
    auto& items = list()->items;
    for (size_t i = 0; i < items.size(); ++i) {
      if (is_str(items[i]) && items[i].as<StrObject>()->view() == dir_) {
        items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    }
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  void write(const std::string& relative, const std::string& text) const {
    std::filesystem::path p = std::filesystem::path(dir_) / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p) << text;
  }
  const std::string& dir() const { return dir_; }

 private:
  static ListObject* list() { return runtime->sys->dict->get("path").as<ListObject>(); }
  std::string dir_;
};

std::string str_attr(const Value& obj, const char* name) {
  return str_utf8(get_attr(obj, intern(name)));
}

TEST_CASE("import: relative names resolve against __package__, else __name__ and __path__") {
  ensure_runtime();
  using importing::resolve_relative_name;
  CHECK(resolve_relative_name("x", 1, globals_of("pkg.mod", "pkg").get()) == "pkg.x");
  CHECK(resolve_relative_name("", 1, globals_of("pkg.mod", "pkg").get()) == "pkg");
  CHECK(resolve_relative_name("y.z", 2, globals_of("a.b.c", "a.b").get()) == "a.y.z");
  CHECK(resolve_relative_name("x", 1, globals_of("a.b.c").get()) == "a.b.x");
  CHECK(resolve_relative_name("x", 1, globals_of("pkg", nullptr, true).get()) == "pkg.x");
  CHECK(error_of([] { resolve_relative_name("x", 1, globals_of("__main__").get()); }) ==
        "ImportError: attempted relative import with no known parent package");
  CHECK(error_of([] { resolve_relative_name("x", 3, globals_of("a.b", "a").get()); }) ==
        "ImportError: attempted relative import beyond top-level package");
  CHECK(error_of([] { resolve_relative_name("x", 1, nullptr); }) ==
        "KeyError: \"'__name__' not in globals\"");
}

TEST_CASE("import: sys.path is the first entry, then GILTPATH, then the library folder") {
  ensure_runtime();
  CHECK(importing::library_dir() == std::string(GILT_SOURCE_DIR) + "/modules");
  setenv("GILTPATH", "/x/y/:rel::/z/../w", 1);
  std::vector<std::string> path = importing::initial_sys_path("");
  unsetenv("GILTPATH");
  std::string cwd = std::filesystem::current_path().string();
  REQUIRE(path.size() == 6);
  CHECK(path[0] == "");
  CHECK(path[1] == "/x/y");
  CHECK(path[2] == cwd + "/rel");
  CHECK(path[3] == cwd);
  CHECK(path[4] == "/w");
  CHECK(path[5] == importing::library_dir());
  CHECK(importing::initial_sys_path("/s").front() == "/s");
  CHECK(importing::initial_sys_path("/s").size() == 2);
  // Only the library entry may fall back on embedded copies, and only when its folder is gone.
  CHECK(!importing::embedded_library_source("/elsewhere", "threading"));
  CHECK(!importing::embedded_library_source(importing::library_dir(), "no_such_module"));
}

TEST_CASE("import: a source module is registered, run once, and bound on its package") {
  ensure_runtime();
  ScratchPath scratch;
  scratch.write("unit_pkg/__init__.py", "from . import leaf\nflag = leaf.VALUE * 2\n");
  scratch.write("unit_pkg/leaf.py", "VALUE = 21\nruns = 1\n");
  Value pkg = import_module("unit_pkg");
  CHECK(get_attr(pkg, intern("flag")).as_int() == 42);
  CHECK(str_attr(pkg, "__file__") == scratch.dir() + "/unit_pkg/__init__.py");
  CHECK(str_attr(pkg, "__package__") == "unit_pkg");
  Value leaf = runtime->modules->get("unit_pkg.leaf");
  REQUIRE(is_module(leaf));
  CHECK(get_attr(pkg, intern("leaf")).as_obj() == leaf.as_obj());
  CHECK(str_attr(leaf, "__package__") == "unit_pkg");
  CHECK(!leaf.as<ModuleObject>()->initializing);
  CHECK(import_module("unit_pkg.leaf").as_obj() == leaf.as_obj());
  // `import unit_pkg.leaf` binds the package; with a fromlist the module itself comes back.
  CHECK(import_name(intern("unit_pkg.leaf"), Value(), 0, nullptr).as_obj() == pkg.as_obj());
  Value fromlist(new_tuple({make_str("VALUE")}));
  CHECK(import_name(intern("unit_pkg.leaf"), fromlist, 0, nullptr).as_obj() == leaf.as_obj());
  runtime->modules->remove(make_str("unit_pkg.leaf"));
  runtime->modules->remove(make_str("unit_pkg"));
}

TEST_CASE("import: a failing body leaves sys.modules as it was") {
  ensure_runtime();
  ScratchPath scratch;
  scratch.write("unit_fails.py",
                "import sys\nseen = 'unit_fails' in sys.modules\nraise ValueError(seen)\n");
  scratch.write("unit_syntax.py", "def f(:\n");
  CHECK(error_of([] { import_module("unit_fails"); }) == "ValueError: True");
  CHECK(runtime->modules->get("unit_fails").is_null());
  CHECK(error_of([] { import_module("unit_syntax"); }) == "SyntaxError: invalid syntax");
  CHECK(runtime->modules->get("unit_syntax").is_null());
}

}  // namespace
}  // namespace gilt
