#!/usr/bin/env python3
"""Runs gilt's script tests and compares them with what python3 printed.

Each test is tests/scripts/<area>/NAME.py with NAME.expected beside it (format in
tests/scripts/README.md): the exit code, the last line of stderr and the whole stdout.

  run_script_tests.py --gilt build/gilt [PATH...]     compare gilt with the expected files
  run_script_tests.py --regen [PATH...]               write the expected files with python3
  run_script_tests.py --diff --gilt build/gilt [PATH...]   run gilt and python3 live, compare

PATH is a test file, an area folder (its tests) or the scripts root (every area's tests); the
default is tests/scripts. A test is a .py file directly in an area folder,
tests/scripts/<area>/NAME.py; .py files in sub-folders of an area are the modules and packages
its tests import, never tests themselves. A test runs with its own folder as the working
directory (and so as sys.path[0]) and its bare file name as the argument, so tracebacks say
File "NAME.py". Comments in a test steer its run:
  # timeout: N        seconds before the test is killed (default 10)
  # args: a b         command-line arguments after the script name (shlex syntax)
  # stdin: FILE       a file (relative to the test) fed to standard input (default: empty)
  # pythonpath: D:E   folders (relative to the test) for GILTPATH and PYTHONPATH alike
  # stress            run only when GILT_STRESS=1 (scripts/test --stress); skipped otherwise
The last line is "N passed, N failed" (", N skipped" when some were skipped); the exit
status is 1 when a test failed.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_ROOT = HERE / "scripts"
DEFAULT_TIMEOUT = 10.0
EXPECTED_SUFFIX = ".expected"
MAX_DIFF_LINES = 80
ADDRESS_RE = re.compile(r"\bat 0x[0-9a-fA-F]+")
DIRECTIVE_RE = re.compile(r"^#\s*(timeout|args|stdin|stress|pythonpath)\b:?\s*(.*?)\s*$")


def oracle_python() -> str:
    """Debian's python3.11 (the CPython version gilt reproduces) when present, else python3."""
    for candidate in ("/usr/bin/python3.11", shutil.which("python3.11"), shutil.which("python3")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return sys.executable


# ---- results ------------------------------------------------------------------------------

@dataclass
class Outcome:
    """What one run produced, reduced to what the expected files keep."""
    exit_code: int
    stderr_last: str
    stdout: bytes
    note: str = ""  # "timeout after 10 s", "cannot run: ...", shown with a failure

    def render(self) -> bytes:
        header = "--- exit: %d\n--- stderr:%s\n--- stdout\n" % (
            self.exit_code, (" " + self.stderr_last) if self.stderr_last else "")
        return header.encode("utf-8", "surrogateescape") + self.stdout


def parse_expected(data: bytes) -> Outcome:
    lines = data.split(b"\n", 3)
    if (len(lines) < 3 or not lines[0].startswith(b"--- exit: ")
            or not lines[1].startswith(b"--- stderr:") or lines[2] != b"--- stdout"):
        raise ValueError("not an expected file (see tests/scripts/README.md)")
    exit_code = int(lines[0][len(b"--- exit: "):])
    stderr_last = lines[1][len(b"--- stderr:"):].decode("utf-8", "surrogateescape")
    if stderr_last.startswith(" "):
        stderr_last = stderr_last[1:]
    stdout = lines[3] if len(lines) > 3 else b""
    return Outcome(exit_code, stderr_last, stdout)


def last_stderr_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "surrogateescape")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


# ---- one test -----------------------------------------------------------------------------

@dataclass
class Test:
    path: Path
    timeout: float = DEFAULT_TIMEOUT
    args: list[str] = field(default_factory=list)
    stdin: Path | None = None
    stress: bool = False
    pythonpath: str = ""  # absolute folders, ':'-separated

    @property
    def expected_path(self) -> Path:
        return self.path.with_suffix(EXPECTED_SUFFIX)

    @property
    def name(self) -> str:
        try:
            return str(self.path.relative_to(DEFAULT_ROOT))
        except ValueError:
            return str(self.path)


def load_test(path: Path) -> Test:
    test = Test(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    for line in text.splitlines():
        m = DIRECTIVE_RE.match(line.strip())
        if not m:
            continue
        key, value = m.groups()
        if key == "timeout":
            test.timeout = float(value)
        elif key == "args":
            test.args = shlex.split(value)
        elif key == "stdin" and value:
            test.stdin = (path.parent / value).resolve()
        elif key == "stress" and not value:
            test.stress = True
        elif key == "pythonpath" and value:
            test.pythonpath = ":".join(str((path.parent / d).resolve()) for d in value.split(":"))
    return test


def run(interpreter: list[str], test: Test, timeout_scale: float,
        extra_env: dict[str, str] | None = None) -> Outcome:
    env = dict(os.environ)
    for key in list(env):  # the oracle must not pick up the caller's Python settings
        if key.startswith("PYTHON"):
            del env[key]
    env.pop("GILTPATH", None)
    env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONUTF8="1", LC_ALL="C.UTF-8")
    if test.pythonpath:
        env.update(GILTPATH=test.pythonpath, PYTHONPATH=test.pythonpath)
    env.update(extra_env or {})
    stdin = open(test.stdin, "rb") if test.stdin else subprocess.DEVNULL
    timeout = test.timeout * timeout_scale
    try:
        proc = subprocess.Popen(interpreter + [test.path.name] + test.args, cwd=test.path.parent,
                                stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env, start_new_session=True)
    except OSError as exc:
        return Outcome(-1, "", b"", "cannot run %s: %s" % (interpreter[0], exc))
    finally:
        if test.stdin:
            stdin.close()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        return Outcome(proc.returncode, last_stderr_line(err), out,
                       "timeout after %g s" % timeout)
    return Outcome(proc.returncode, last_stderr_line(err), out)


def diff(expected: Outcome, actual: Outcome, left: str, right: str) -> str:
    a = expected.render().decode("utf-8", "backslashreplace").splitlines(keepends=True)
    b = actual.render().decode("utf-8", "backslashreplace").splitlines(keepends=True)
    lines = []
    for line in difflib.unified_diff(a, b, left, right, n=3):
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of output\n"
        lines.append("    " + line)
    if len(lines) > MAX_DIFF_LINES:
        more = len(lines) - MAX_DIFF_LINES
        lines = lines[:MAX_DIFF_LINES] + ["    ... (%d more diff lines)\n" % more]
    return "".join(lines)


# ---- driver -------------------------------------------------------------------------------

def tests_in(folder: Path) -> list[Path]:
    """The tests of a folder: the .py files directly in it (sub-folders hold support modules)."""
    return sorted(q for q in folder.glob("*.py") if q.is_file())


def collect(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for p in paths or [str(DEFAULT_ROOT)]:
        path = Path(p).resolve()
        if path == DEFAULT_ROOT.resolve():
            for area in sorted(q for q in path.iterdir() if q.is_dir()):
                found.extend(tests_in(area))
        elif path.is_dir():
            found.extend(tests_in(path))
        elif path.is_file():
            if path.suffix == ".py":  # a shell glob also hands over the .expected files
                found.append(path)
        else:
            sys.exit("run_script_tests.py: no such test or folder: %s" % p)
    seen, unique = set(), []
    for f in found:
        if f not in seen:
            seen.add(f)
            unique.append(f)
    return unique


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n", 2)[2])
    ap.add_argument("paths", nargs="*", help="test files or folders (default: tests/scripts)")
    ap.add_argument("--gilt", help="the interpreter under test (build/gilt)")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--regen", action="store_true", help="write the expected files with python3")
    mode.add_argument("--diff", action="store_true", help="run gilt and python3 live and compare")
    ap.add_argument("--python", default=None, help="the oracle (default: /usr/bin/python3.11, else python3)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="tests run at once (default 2)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print a line per test")
    opts = ap.parse_args()

    python = opts.python or oracle_python()
    if not opts.regen and not opts.gilt:
        ap.error("--gilt PATH is required (or --regen)")
    if opts.gilt:
        gilt = shutil.which(opts.gilt) or opts.gilt
        if not os.access(gilt, os.X_OK):
            print("run_script_tests.py: gilt not found or not executable: %s" % opts.gilt)
            print("0 passed, 1 failed")
            return 1
        gilt = os.path.abspath(gilt) if os.path.exists(gilt) else gilt

    tests = [load_test(p) for p in collect(opts.paths)]
    stress = os.environ.get("GILT_STRESS", "") not in ("", "0")
    scale = float(os.environ.get("GILT_TEST_TIMEOUT_SCALE", "1") or 1)

    def job(test: Test):
        if test.stress and not stress:
            return "skip", "stress test (GILT_STRESS=1 runs it)"
        if opts.regen:
            # Two different str hash seeds: output that depends on them (a set of strs
            # printed in iteration order) is not deterministic and would never match gilt.
            out = run([python], test, 1.0, {"PYTHONHASHSEED": "1"})
            if out.note:
                return "fail", out.note
            again = run([python], test, 1.0, {"PYTHONHASHSEED": "4242"})
            if again.render() != out.render():
                return "fail", ("output depends on the str hash seed: make it deterministic\n"
                                + diff(out, again, "seed 1", "seed 4242"))
            test.expected_path.write_bytes(out.render())
            warn = ADDRESS_RE.search(out.stdout.decode("utf-8", "replace"))
            if warn:
                return "pass", "prints an address (%s): make it deterministic" % warn.group()
            if out.exit_code == 0 and out.stderr_last:
                return "pass", "exit 0 but writes to stderr (a warning?): " + out.stderr_last
            return "pass", ""
        actual = run([gilt], test, scale)
        if opts.diff:
            expected = run([python], test, 1.0)
            left = "python3 " + test.name
        else:
            try:
                expected = parse_expected(test.expected_path.read_bytes())
            except (OSError, ValueError) as exc:
                return "fail", "expected file: %s (run --regen)" % exc
            left = "expected " + test.name
        if expected.render() == actual.render() and not actual.note:
            return "pass", ""
        text = diff(expected, actual, left, "gilt " + test.name)
        if actual.note:
            text = "    (%s)\n%s" % (actual.note, text)
        return "fail", text

    passed = failed = skipped = 0
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        futures = [(t, pool.submit(job, t)) for t in tests]
        for test, fut in futures:
            status, detail = fut.result()
            if status == "pass":
                passed += 1
                if opts.verbose or detail:
                    print("ok   %s%s" % (test.name, ("  (" + detail + ")") if detail else ""))
            elif status == "skip":
                skipped += 1
                if opts.verbose:
                    print("skip %s  (%s)" % (test.name, detail))
            else:
                failed += 1
                print("FAIL %s" % test.name)
                if detail:
                    print(detail.rstrip("\n"))
            sys.stdout.flush()
    if opts.verbose:
        print("(%d tests in %.1f s)" % (len(tests), time.monotonic() - started))
    summary = "%d passed, %d failed" % (passed, failed)
    if skipped:
        summary += ", %d skipped" % skipped
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
