// Source lines for tracebacks (CPython's linecache): the texts the interpreter compiled are
// registered by name; other names are read from disk on first use, as linecache does.
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/exception.hpp"

namespace gilt {

namespace {

using Lines = std::vector<std::string>;

std::map<std::string, Lines, std::less<>>& cache() {
  static std::map<std::string, Lines, std::less<>> lines;  // the GIL guards it
  return lines;
}

Lines split_lines(std::string_view text) {
  Lines lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

const Lines* lines_of(std::string_view name) {
  auto& c = cache();
  if (auto it = c.find(name); it != c.end()) return &it->second;
  // "<string>", "<stdin>": never on disk.
  if (name.empty() || name.front() == '<') return nullptr;
  std::ifstream in{std::string(name), std::ios::binary};
  if (!in) return nullptr;
  std::ostringstream text;
  text << in.rdbuf();
  return &c.emplace(std::string(name), split_lines(text.str())).first->second;
}

std::string strip(std::string_view s) {
  const char* space = " \t\f\v\r\n";
  size_t first = s.find_first_not_of(space);
  if (first == std::string_view::npos) return "";
  size_t last = s.find_last_not_of(space);
  return std::string(s.substr(first, last - first + 1));
}

}  // namespace

void register_source(std::string_view name, std::string_view text) {
  cache()[std::string(name)] = split_lines(text);
}

std::string source_line(std::string_view name, int line) {
  const Lines* lines = lines_of(name);
  if (!lines || line < 1 || static_cast<size_t>(line) > lines->size()) return "";
  return strip((*lines)[static_cast<size_t>(line) - 1]);
}

}  // namespace gilt
