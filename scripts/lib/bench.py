#!/usr/bin/env python3
"""Times bench/*.py under gilt and CPython (best of N) and prints a comparison table.

  bench.py --gilt build/gilt [--python /usr/bin/python3.11] [--repeat 3] [NAME...]

Each benchmark prints a checksum; both interpreters must print the same output, or the row
says MISMATCH and the exit status is 1. ratio = python seconds / gilt seconds (>1: gilt faster).
"""
import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_once(cmd, cwd, timeout):
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=timeout)
    return time.perf_counter() - start, proc


def best_of(cmd, cwd, repeat, timeout):
    """(best seconds, stdout, error text or None)."""
    best, out = None, b""
    for _ in range(repeat):
        try:
            secs, proc = run_once(cmd, cwd, timeout)
        except subprocess.TimeoutExpired:
            return None, b"", "timeout after %d s" % timeout
        except OSError as exc:
            return None, b"", str(exc)
        if proc.returncode != 0:
            last = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            return None, proc.stdout, "exit %d: %s" % (proc.returncode, last[-1] if last else "")
        out = proc.stdout
        best = secs if best is None else min(best, secs)
    return best, out, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all of bench/*.py)")
    ap.add_argument("--gilt", default=str(ROOT / "build" / "gilt"))
    ap.add_argument("--python", default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=int, default=300)
    opts = ap.parse_args()

    python = opts.python
    if not python:
        if os.access("/usr/bin/python3.11", os.X_OK):
            python = "/usr/bin/python3.11"
        else:
            python = shutil.which("python3") or sys.executable
            print("note: /usr/bin/python3.11 not found; comparing with %s" % python)
    bench_dir = ROOT / "bench"
    files = sorted(bench_dir.glob("*.py"))
    if opts.names:
        wanted = {n[:-3] if n.endswith(".py") else n for n in opts.names}
        files = [f for f in files if f.stem in wanted]
    if not files:
        print("no benchmarks found")
        return 1

    print("best of %d; ratio = python / gilt (> 1 means gilt is faster)" % opts.repeat)
    print("%-12s %10s %10s %8s  %s" % ("benchmark", "gilt s", "python s", "ratio", "output"))
    failed = False
    for f in files:
        g_secs, g_out, g_err = best_of([opts.gilt, f.name], bench_dir, opts.repeat, opts.timeout)
        p_secs, p_out, p_err = best_of([python, f.name], bench_dir, opts.repeat, opts.timeout)
        if g_err or p_err:
            failed = True
            status = "gilt: " + g_err if g_err else "python: " + p_err
        elif g_out != p_out:
            failed = True
            status = "MISMATCH: gilt %r, python %r" % (g_out.decode()[:40], p_out.decode()[:40])
        else:
            status = "same (%s)" % g_out.decode().strip()[:40]
        fmt = lambda s: "%10.3f" % s if s is not None else "%10s" % "-"
        ratio = "%8.2f" % (p_secs / g_secs) if g_secs and p_secs else "%8s" % "-"
        print("%-12s %s %s %s  %s" % (f.stem, fmt(g_secs), fmt(p_secs), ratio, status))
        sys.stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
