#!/usr/bin/env python3
"""Runs shared/conformance/check.py against sosik-cli and enforces the bar from issue #2:
at least --min-rate percent of all checks and every security (sanitizer) check.

check.py itself exits non-zero on any failed check; the corpus contains checks that follow the
obsolete RFC 3023 and feedparser-specific heuristics, which we fail on purpose (see docs/conformance.md)."""
import argparse
import json
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--checker", required=True)
    ap.add_argument("--parser", required=True)
    ap.add_argument("--min-rate", type=float, default=99.0)
    ap.add_argument("--report", required=True)
    ap.add_argument("--vectors")
    ap.add_argument("--corpus")
    args = ap.parse_args()
    cmd = [sys.executable, args.checker, "--parser", args.parser, "--json", args.report, "--jobs", "2"]
    if args.vectors:
        cmd += ["--vectors", args.vectors]
    if args.corpus:
        cmd += ["--corpus", args.corpus]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    # print the checker's table, but not its last "N passed, N failed" line (that counts checks, not tests)
    lines = proc.stdout.rstrip("\n").split("\n")
    print("\n".join("  " + l for l in lines))
    with open(args.report, encoding="utf-8") as f:
        report = json.load(f)
    passed, failed = report["passed"], report["failed"]
    sec_passed, sec_failed = report["security"]["passed"], report["security"]["failed"]
    broken = sum(c.get("broken", 0) for c in report["categories"].values())
    total = passed + failed
    rate = 100.0 * passed / total if total else 0.0
    print(f"conformance: {passed}/{total} checks = {rate:.2f}% (bar {args.min_rate}%), "
          f"security {sec_passed}/{sec_passed + sec_failed}, files crashed/timed out: {broken}")
    if rate < args.min_rate:
        print("FAIL: pass rate below the bar")
        return 1
    if sec_failed:
        print("FAIL: a security check failed")
        return 1
    if broken:
        print("FAIL: the parser crashed or timed out on some files")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
