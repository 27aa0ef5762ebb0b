# shellcheck shell=bash
# The set-up shared by scripts/gilt, scripts/test and scripts/bench. Source it, then call
#
#   gilt_setup BUILD_DIR BUILD_TYPE [TARGET] [-- extra cmake -D options]
#
# It installs the Debian packages that are missing (as root, or through sudo), configures
# BUILD_DIR once (Ninja when available), and builds incrementally. The build is quiet: its
# output goes to BUILD_DIR/build.log and is shown only when the build fails.

GILT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
GILT_PACKAGES=(g++ cmake ninja-build libboost-dev libreadline-dev doctest-dev python3 tmux)

gilt_say() { printf 'gilt: %s\n' "$*" >&2; }

# Installs whichever of GILT_PACKAGES is missing; runs apt-get update only then.
gilt_install_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian: trust the tools are there
  local missing=() pkg status
  for pkg in "${GILT_PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)"
    [[ "$status" == ii* ]] || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0

  local sudo=()
  if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      gilt_say "missing packages: ${missing[*]}"
      gilt_say "install them as root: apt-get install ${missing[*]}"
      return 1
    fi
  fi
  gilt_say "installing ${missing[*]} ..."
  local log
  log="$(mktemp)"
  if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
         "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
           --no-install-recommends "${missing[@]}"; } </dev/null >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    gilt_say "package installation failed"
    return 1
  fi
  rm -f "$log"
}

# gilt_configure BUILD_DIR BUILD_TYPE [cmake args...]: configures once; later runs reuse it
# (the globs in CMakeLists.txt re-run cmake by themselves when files appear).
gilt_configure() {
  local dir="$1" type="$2"
  shift 2
  if [[ -f "$dir/CMakeCache.txt" && ( -f "$dir/build.ninja" || -f "$dir/Makefile" ) ]]; then
    return 0
  fi
  local gen=()
  command -v ninja >/dev/null 2>&1 && gen=(-G Ninja)
  mkdir -p "$dir"
  if ! cmake -S "$GILT_ROOT" -B "$dir" "${gen[@]}" -DCMAKE_BUILD_TYPE="$type" "$@" \
      </dev/null >"$dir/configure.log" 2>&1; then
    cat "$dir/configure.log" >&2
    gilt_say "cmake configure failed (log: $dir/configure.log)"
    return 1
  fi
}

# gilt_build BUILD_DIR [TARGET]: incremental build, output only on failure.
gilt_build() {
  local dir="$1" target="${2:-}"
  local args=(--build "$dir" --parallel "$(nproc 2>/dev/null || echo 2)")
  [[ -n "$target" ]] && args+=(--target "$target")
  if ! cmake "${args[@]}" </dev/null >"$dir/build.log" 2>&1; then
    cat "$dir/build.log" >&2
    gilt_say "build failed (log: $dir/build.log)"
    return 1
  fi
}

gilt_setup() {
  local dir="$1" type="$2" target="${3:-}"
  shift 3 || shift $#
  [[ "${1:-}" == "--" ]] && shift
  gilt_install_packages || return 1
  # One build at a time per build folder (two terminals, or an editor's build on save).
  mkdir -p "$dir"
  if command -v flock >/dev/null 2>&1; then
    exec {GILT_LOCK_FD}>"$dir/.gilt-build.lock"
    flock "$GILT_LOCK_FD"
  fi
  local status=0
  gilt_configure "$dir" "$type" "$@" && gilt_build "$dir" "$target" || status=1
  if [[ -n "${GILT_LOCK_FD:-}" ]]; then
    exec {GILT_LOCK_FD}>&-
    unset GILT_LOCK_FD
  fi
  return "$status"
}
