#!/usr/bin/env python3
"""Refresh benchmarks for `sosik-cli refresh` against a generated corpus served on loopback (issue #3).

    python3 bench/run_refresh_bench.py [--build build] [--runs 5] [--skip-incremental] [--newsboat]

Scenarios (medians of --runs):
  cold        200 feeds x 50 items (Korean, images in HTML, every 10th EUC-KR, every 5th Atom), fresh cache
  newsboat    with --newsboat: `newsboat -x reload` (Debian package newsboat) over the same feeds from the same
              server, run after each cold run, fresh cache each time (reload-threads 2, like Sosik's 2 per host)
  warm        the same again: every feed answers 304 (ETag)
  slow        every feed answers after 200-500 ms, feeds spread over 127.0.0.1-127.0.0.8
  incremental 10,000 new articles into a cache of 100,000 (200 feeds x 500 items first, then the idle-time
              search-index merge the reader runs after a refresh: `sosik-cli maintain`)
  search      bench-search over that cache
Wall time is measured around the whole process; peak RSS comes from the child's rusage."""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def start_server(build, workdir, name, *args):
    opml = os.path.join(workdir, name + ".opml")
    proc = subprocess.Popen([os.path.join(build, "bench", "bench-feedserver"), "--opml", opml, *map(str, args)],
                            stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    print("  server:", line)
    return proc, opml


def run_refresh(build, data_dir, opml=None, extra=()):
    # images point at hosts that do not exist here: the refresh itself is measured (images: issue #6 benchmarks)
    cmd = [os.path.join(build, "app", "cli", "sosik-cli"), "refresh", "--data-dir", data_dir, "--json", "--no-images", "--no-fulltext",
           *extra]
    if opml:
        cmd += ["--opml", opml]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    import json
    summary = json.loads(out)
    summary["cpu"] = usage.ru_utime + usage.ru_stime
    return wall, usage.ru_maxrss / 1024.0, summary


def feed_urls(opml):
    import xml.etree.ElementTree as ET
    return [o.get("xmlUrl") for o in ET.parse(opml).iter("outline") if o.get("xmlUrl")]


def run_newsboat(workdir, opml, threads):
    """A cold `newsboat -x reload` into a fresh cache; wall time around the whole process."""
    home = tempfile.mkdtemp(prefix="newsboat-", dir=workdir)
    urls = os.path.join(home, "urls")
    with open(urls, "w") as f:
        f.write("\n".join(feed_urls(opml)) + "\n")
    config = os.path.join(home, "config")
    with open(config, "w") as f:
        f.write(f"reload-threads {threads}\n")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
    cmd = ["newsboat", "-q", "-u", urls, "-c", os.path.join(home, "cache.db"), "-C", config, "-x", "reload"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    import sqlite3
    items = sqlite3.connect(os.path.join(home, "cache.db")).execute("SELECT COUNT(*) FROM rss_item").fetchone()[0]
    shutil.rmtree(home)
    return wall, usage.ru_maxrss / 1024.0, items, usage.ru_utime + usage.ru_stime


def report(name, walls, rss, items):
    med = statistics.median(walls)
    rate = items / med if med > 0 else 0
    print(f"{name:12s} median {med:7.3f} s  (min {min(walls):.3f}, max {max(walls):.3f})  "
          f"{rate:9.0f} items/s  peak RSS {max(rss):6.1f} MB  [{len(walls)} runs]")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-incremental", action="store_true")
    ap.add_argument("--newsboat", action="store_true", help="also time newsboat over the same cold feeds")
    ap.add_argument("--newsboat-threads", type=int, default=2)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="sosik-bench-")
    try:
        print("cold and warm: 200 feeds x 50 items, one host")
        server, opml = start_server(args.build, work, "fast", "--feeds", 200, "--items", 50)
        cold, cold_rss, warm, warm_rss, phase, boat, boat_rss, cpu, boat_cpu = [], [], [], [], [], [], [], [], []
        for i in range(args.runs):
            d = os.path.join(work, f"cold{i}")
            w, r, s = run_refresh(args.build, d, opml)
            assert s["feeds_failed"] == 0 and s["items_new"] == 10000, s
            cold.append(w)
            cold_rss.append(r)
            phase.append(s["seconds"])
            cpu.append(s["cpu"])
            if args.newsboat:
                w, r, n, c = run_newsboat(work, opml, args.newsboat_threads)
                assert n == 10000, n
                boat.append(w)
                boat_rss.append(r)
                boat_cpu.append(c)
            w, r, s = run_refresh(args.build, d)
            assert s["not_modified"] == 200, s
            warm.append(w)
            warm_rss.append(r)
            shutil.rmtree(d)
        server.kill()
        report("cold", cold, cold_rss, 10000)
        print(f"{'':12s} feed phase (the engine's own clock) median {statistics.median(phase):.3f} s, "
              f"CPU (user+sys) median {statistics.median(cpu):.3f} s")
        if args.newsboat:
            report("newsboat", boat, boat_rss, 10000)
            print(f"{'':12s} CPU (user+sys) median {statistics.median(boat_cpu):.3f} s")
            print(f"{'':12s} ratio sosik/newsboat: wall {statistics.median(cold) / statistics.median(boat):.2f}, "
                  f"CPU {statistics.median(cpu) / statistics.median(boat_cpu):.2f}")
        report("warm", warm, warm_rss, 10000)

        print("slow: 200-500 ms per feed, 8 loopback hosts")
        server, opml = start_server(args.build, work, "slow", "--feeds", 200, "--items", 50, "--hosts", 8,
                                    "--delay-min", 200, "--delay-max", 500)
        slow, slow_rss = [], []
        for i in range(max(1, args.runs // 2)):
            d = os.path.join(work, f"slow{i}")
            w, r, s = run_refresh(args.build, d, opml)
            assert s["feeds_failed"] == 0, s
            slow.append(w)
            slow_rss.append(r)
            shutil.rmtree(d)
        server.kill()
        report("slow", slow, slow_rss, 10000)

        if not args.skip_incremental:
            print("incremental: 10,000 new articles into 100,000")
            port = 18000 + os.getpid() % 1000
            big = os.path.join(work, "big")
            server, opml = start_server(args.build, work, "base", "--feeds", 200, "--items", 500, "--port", port)
            w, r, s = run_refresh(args.build, big, opml, ["--timeout", "300"])
            server.kill()
            server.wait()
            print(f"  built the 100,000-article cache in {w:.1f} s (peak RSS {r:.0f} MB): {s['items_new']} new")
            assert s["items_new"] == 100000, s
            # the search-index merging the reader does in idle time after a refresh (Cache::mergeSearchIndex),
            # so that the measured refresh does not pay for the 100,000-article build's pending merges
            start = time.perf_counter()
            subprocess.run([os.path.join(args.build, "app", "cli", "sosik-cli"), "maintain", "--data-dir", big],
                           check=True, stdout=subprocess.DEVNULL)
            print(f"  merged its search index (sosik-cli maintain) in {time.perf_counter() - start:.1f} s")
            inc, inc_rss = [], []
            snapshot = os.path.join(work, "big-snapshot")
            shutil.copytree(big, snapshot)
            server, opml = start_server(args.build, work, "new", "--feeds", 200, "--items", 60, "--first-item", 490,
                                        "--port", port)
            for i in range(args.runs):
                d = os.path.join(work, f"inc{i}")
                shutil.copytree(snapshot, d)
                w, r, s = run_refresh(args.build, d, None, ["--force"])
                assert s["items_new"] == 10000, s
                inc.append(w)
                inc_rss.append(r)
                if i < args.runs - 1:
                    shutil.rmtree(d)
            server.kill()
            report("incremental", inc, inc_rss, 10000)
            print("search over the 110,000-article cache")
            subprocess.run([os.path.join(args.build, "bench", "bench-search"), "--data-dir", d], check=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
