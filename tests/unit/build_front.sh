#!/usr/bin/env bash
# Builds and runs the front end's unit tests (lexer + grammar) without the project CMake.
#
#   tests/unit/build_front.sh [--no-run] [--jobs N] [--opt FLAGS] [-- doctest args...]
#
# Objects go to build-front/ (ignored by git; override with FRONT_BUILD_DIR) and are rebuilt when a source or one of the
# headers it includes changed. Also builds build-front/front_cli, which prints tokens, the AST or
# the SyntaxError of a file: `front_cli --tokens|--ast|--check FILE` (`-` reads stdin).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out="${FRONT_BUILD_DIR:-$root/build-front}"
jobs=2
opt="-O2"
run=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-run) run=0; shift ;;
    --jobs) jobs="$2"; shift 2 ;;
    --opt) opt="$2"; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done

cxx=${CXX:-g++}
flags=(-std=c++20 "$opt" -g0 -Wall -Wextra -I"$root")
mkdir -p "$out"

sources=(
  interpreter/source.cpp
  interpreter/unicode_class.cpp
  interpreter/lexer.cpp
  interpreter/dump.cpp
  interpreter/grammar/diag.cpp
  interpreter/grammar/build.cpp
  interpreter/grammar/expr.cpp
  interpreter/grammar/stmt.cpp
  interpreter/grammar/block.cpp
  interpreter/grammar/parse.cpp
  tests/unit/test_lexer.cpp
  tests/unit/test_grammar.cpp
)

cat > "$out/doctest_main.cpp" <<'EOF'
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
EOF

cat > "$out/front_cli.cpp" <<'EOF'
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include "interpreter/parse.hpp"
int main(int argc, char** argv) {
  if (argc < 3) { std::cerr << "usage: front_cli --tokens|--ast|--check FILE\n"; return 2; }
  std::string mode = argv[1], path = argv[2], text;
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), {});
  } else {
    std::ifstream f(path, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(f), {});
  }
  if (mode == "--tokens") { std::cout << gilt::front::dump_tokens(text); return 0; }
  auto r = gilt::front::parse_module(text);
  if (r.error) {
    std::cout << gilt::front::format_syntax_error(*r.error, path);
    const auto& e = *r.error;
    std::cout << "[" << e.type << "|" << e.msg << "|" << e.line << "|" << e.offset << "|"
              << e.end_line << "|" << e.end_offset << "]\n";
    return 1;
  }
  if (mode == "--ast") std::cout << gilt::front::dump_ast(*r.module);
  return 0;
}
EOF

# obj_for SRC -> object path
obj_for() { local s="$1"; s="${s//\//_}"; echo "$out/${s%.cpp}.o"; }

# needs_build SRC OBJ: true when OBJ is missing or older than SRC or a header it depends on.
needs_build() {
  local src="$1" obj="$2" dep="${2%.o}.d"
  [[ -f "$obj" && -f "$dep" ]] || return 0
  [[ "$src" -nt "$obj" ]] && return 0
  local f
  for f in $(sed -e 's/^[^:]*://' -e 's/\\$//' "$dep"); do
    [[ -f "$f" && "$f" -nt "$obj" ]] && return 0
  done
  return 1
}

compile() {
  local src="$1" obj="$2"
  local t0=$SECONDS
  "$cxx" "${flags[@]}" -MMD -MF "${obj%.o}.d" -c "$src" -o "$obj"
  echo "  built $(basename "$src") in $((SECONDS - t0)) s"
}

pending=()
for s in "${sources[@]}"; do
  o=$(obj_for "$s")
  if needs_build "$root/$s" "$o"; then pending+=("$root/$s"); fi
done
for extra in doctest_main front_cli; do
  o="$out/$extra.o"
  [[ -f "$o" && "$o" -nt "$out/$extra.cpp" ]] || pending+=("$out/$extra.cpp")
done

# At most $jobs compilers at a time (the machine is shared).
running=0
for src in "${pending[@]}"; do
  case "$src" in
    "$out"/*) o="${src%.cpp}.o" ;;
    *) o=$(obj_for "${src#"$root"/}") ;;
  esac
  compile "$src" "$o" &
  running=$((running + 1))
  if (( running >= jobs )); then wait -n; running=$((running - 1)); fi
done
wait

lib_objs=()
for s in "${sources[@]}"; do
  case "$s" in tests/*) ;; *) lib_objs+=("$(obj_for "$s")") ;; esac
done
"$cxx" -o "$out/gilt_front_tests" "$out/doctest_main.o" "${lib_objs[@]}" \
  "$(obj_for tests/unit/test_lexer.cpp)" "$(obj_for tests/unit/test_grammar.cpp)"
"$cxx" -o "$out/front_cli" "$out/front_cli.o" "${lib_objs[@]}"

if (( run )); then
  "$out/gilt_front_tests" "$@"
fi
