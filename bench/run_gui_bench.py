#!/usr/bin/env python3
"""Reader-window benchmarks on a 100,000-article cache (issue #4), medians of --runs.

    python3 bench/run_gui_bench.py [--build build] [--runs 7] [--data-dir DIR]

Without --data-dir (or when DIR does not exist yet) it builds the cache first: bench-feedserver serves 200 feeds x 500 items on loopback and
`sosik-cli refresh` stores them. Then:
  process launch   `sosik --quit-when-painted --offline` from spawn until the filled article list is painted
                   (the app reports that moment) and until the process has exited, outside the process
  in-process       bench-gui: window to painted list, section switch, all 100,000, open article, RSS"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_refresh_bench import run_refresh, start_server  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--data-dir")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="sosik-guibench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        data = args.data_dir or os.path.join(work, "cache")
        if not os.path.exists(os.path.join(data, "cache.db")):
            port = 19000 + os.getpid() % 1000
            server, opml = start_server(args.build, work, "base", "--feeds", 200, "--items", 500, "--port", port)
            wall, _, summary = run_refresh(args.build, data, opml, ["--timeout", "300"])
            server.kill()
            server.wait()
            print(f"built a cache of {summary['items_new']} articles in {wall:.1f} s")
        settings = os.path.join(work, "settings")
        os.makedirs(settings, exist_ok=True)
        env["XDG_CONFIG_HOME"] = settings  # never the reader's own settings
        painted, exited, spawn_to_paint = [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            start_epoch = time.time()
            out = subprocess.run([os.path.join(args.build, "app", "gui", "sosik"), "--data-dir", data, "--offline",
                                  "--quit-when-painted"], env=env, capture_output=True, text=True, timeout=120)
            exited.append((time.perf_counter() - start) * 1000)
            line = [l for l in out.stdout.splitlines() if l.startswith("painted-ms")]
            if out.returncode != 0 or not line:
                print("sosik did not paint:", out.stdout, out.stderr, file=sys.stderr)
                return 1
            fields = line[0].split()
            painted.append(float(fields[1]))
            spawn_to_paint.append(float(fields[3]) - start_epoch * 1000)
        print(f"process launch: spawn to painted, filled list median {statistics.median(spawn_to_paint):.0f} ms "
              f"(min {min(spawn_to_paint):.0f}, max {max(spawn_to_paint):.0f})")
        print(f"process launch: painted list median {statistics.median(painted):.0f} ms in-process clock "
              f"(min {min(painted):.0f}, max {max(painted):.0f}); spawn to exit median {statistics.median(exited):.0f} ms "
              f"(min {min(exited):.0f}, max {max(exited):.0f})  [{args.runs} runs]")
        subprocess.run([os.path.join(args.build, "bench", "bench-gui"), "--data-dir", data, "--runs", str(args.runs)],
                       env=env, check=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
