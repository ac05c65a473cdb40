#!/usr/bin/env python3
"""The 1,000,000-article numbers of issue #12 §5, on a generated cache (bench-bigcache), medians of RUNS:

  window start to a painted list, section switch, the all-articles list, opening an article, memory after
  start (bench-gui, offscreen); search p95 for two-syllable and longer Korean (bench-search); 10,000 new
  articles refreshed into the cache over loopback (sosik-cli refresh against bench-feedserver); the database's
  size on disk.

  python3 bench/run_scale_bench.py --build build [--articles 1000000] [--runs 5] [--keep DIR]

Goals at 1M: painted list < 0.5 s, search p95 < 30 ms, +10k < 3 s, memory < 150 MB."""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_refresh_bench import run_refresh  # noqa: E402


def size_mb(folder):
    total = 0
    for root, _, files in os.walk(folder):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total / (1024 * 1024)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--articles", type=int, default=1000000)
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", help="build the cache here and keep it (reused when it exists)")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="sosik-scale-")
    port = 18500 + os.getpid() % 400
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        big = args.keep or os.path.join(work, "big")
        if not os.path.exists(os.path.join(big, "cache.db")):
            start = time.perf_counter()
            subprocess.run([os.path.join(args.build, "bench", "bench-bigcache"), "--out", big, "--articles",
                            str(args.articles), "--feeds", str(args.feeds), "--port", str(port)], check=True)
            print(f"generated {args.articles} articles in {time.perf_counter() - start:.0f} s")
            start = time.perf_counter()
            subprocess.run([os.path.join(args.build, "app", "cli", "sosik-cli"), "maintain", "--data-dir", big],
                           check=True, stdout=subprocess.DEVNULL)
            print(f"merged its search index (sosik-cli maintain) in {time.perf_counter() - start:.0f} s")
        print(f"database on disk: {size_mb(big):.0f} MB ({big})")
        # a kept cache names the port it was generated for in its feed URLs
        import sqlite3
        import urllib.parse
        with sqlite3.connect(os.path.join(big, "cache.db")) as db:
            url = db.execute("SELECT url FROM feeds LIMIT 1").fetchone()[0]
            articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        port = urllib.parse.urlparse(url).port
        print(f"articles in the cache: {articles}")

        print("window (bench-gui, offscreen):")
        settings = os.path.join(work, "settings")
        os.makedirs(settings, exist_ok=True)
        env["XDG_CONFIG_HOME"] = settings  # never the reader's own settings
        subprocess.run([os.path.join(args.build, "bench", "bench-gui"), "--data-dir", big, "--runs", str(args.runs)],
                       env=env, check=True)

        print("search (bench-search):")
        subprocess.run([os.path.join(args.build, "bench", "bench-search"), "--data-dir", big, "--runs", "20"],
                       check=True)

        print("10,000 new articles into the cache:")
        per_feed = args.articles // args.feeds
        server = subprocess.Popen([os.path.join(args.build, "bench", "bench-feedserver"), "--opml",
                                   os.path.join(work, "new.opml"), "--feeds", str(args.feeds), "--items", "60",
                                   "--first-item", str(per_feed - 10), "--port", str(port)],
                                  stdout=subprocess.PIPE, text=True)
        print("  server:", server.stdout.readline().strip())
        walls, rss = [], []
        try:
            for i in range(args.runs):
                d = os.path.join(work, f"inc{i}")
                shutil.copytree(big, d)
                w, r, s = run_refresh(args.build, d, None, ["--force"])
                if s.get("items_new") != 10000:
                    print("  unexpected refresh summary:", s, file=sys.stderr)
                    return 1
                walls.append(w)
                rss.append(r)
                shutil.rmtree(d)
        finally:
            server.kill()
            server.wait()
        print(f"  +10,000 into {args.articles}: median {statistics.median(walls):.2f} s "
              f"(min {min(walls):.2f}, max {max(walls):.2f}), peak RSS median {statistics.median(rss):.0f} MB "
              f"[{args.runs} runs]")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
