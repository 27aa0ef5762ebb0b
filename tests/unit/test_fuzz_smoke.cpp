// Fuzz smoke test: thousands of mutated programs through the whole front end and the compiler,
// in-process. Any outcome but a code object or a Python exception (SyntaxError and friends)
// is a bug: a crash, a hang, or a C++ exception escaping. The seeds are the script tests, so
// the mutants stay close to real Python.
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "interpreter/compiler/compile.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/runtime.hpp"

namespace gilt {
namespace {

std::vector<std::string> seed_sources() {
  std::vector<std::string> seeds;
  std::filesystem::path root = std::filesystem::path(GILT_SOURCE_DIR) / "tests" / "scripts";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".py") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    seeds.push_back(text.str());
  }
  return seeds;
}

// A small deterministic generator (splitmix64): the same mutants on every run.
struct Rng {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return n ? next() % n : 0; }
};

const char* const kFragments[] = {
    "(",  ")",    "[",   "]",      "{",       "}",      ":",     "\n",       "    ",     "\t",
    "\\", "'",    "\"",  "\"\"\"", "#",       "lambda", "yield", "def",      "class",    "return",
    "if", "else", "try", "except", "finally", "with",   "as",    "global",   "nonlocal", "*",
    "**", "=",    ":=",  ",",      ".",       "@",      "f'{",   "}'",       "\xff",     "\x00",
    "0x", "1e",   "not", "in",     "is",      "del",    "break", "continue", "import",   "from"};

std::string mutate(const std::string& seed, Rng& rng) {
  std::string s = seed;
  size_t edits = 1 + rng.below(4);
  for (size_t i = 0; i < edits; ++i) {
    size_t at = rng.below(s.size() + 1);
    switch (rng.below(5)) {
      case 0:  // overwrite a byte
        if (!s.empty()) s[rng.below(s.size())] = static_cast<char>(rng.below(256));
        break;
      case 1:  // insert a fragment of Python syntax
        s.insert(at, kFragments[rng.below(std::size(kFragments))]);
        break;
      case 2:  // delete a run
        if (at < s.size()) s.erase(at, 1 + rng.below(16));
        break;
      case 3: {  // duplicate a run
        if (at < s.size()) s.insert(rng.below(s.size()), s.substr(at, 1 + rng.below(64)));
        break;
      }
      default:  // cut the program short
        s.resize(at);
        break;
    }
  }
  return s;
}

}  // namespace

TEST_CASE("fuzz smoke: mutated programs only compile or raise a Python exception") {
  if (!runtime) init_runtime(&compiler::compile_source);
  std::vector<std::string> seeds = seed_sources();
  REQUIRE(seeds.size() > 100);
  Rng rng{20261122};
  int compiled = 0, rejected = 0;
  constexpr int kMutants = 10000;
  for (int i = 0; i < kMutants; ++i) {
    std::string source = mutate(seeds[rng.below(seeds.size())], rng);
    try {
      Ref<CodeObject> code = compiler::compile_source(source, "<fuzz>", CompileMode::Exec);
      REQUIRE(code);
      ++compiled;
    } catch (const PyException& e) {
      // Only the compiler's own exception kinds are acceptable, never SystemError (a
      // compiler bug) or anything else.
      TypeObject* t = type_of(e.exc);
      INFO("mutant ", i, ": ", format_exception_only(e.exc));
      CHECK((t->is_subtype_of(exc_SyntaxError) || t == exc_RecursionError || t == exc_MemoryError));
      ++rejected;
    }
  }
  CHECK(compiled + rejected == kMutants);
  // Both outcomes must actually occur, or the mutator is not exercising anything.
  CHECK(compiled > 100);
  CHECK(rejected > 100);
}

}  // namespace gilt
