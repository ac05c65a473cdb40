#!/usr/bin/env python3
"""Peak memory of one refresh of many large feeds (issue #17, item 4).

    python3 bench/run_memory_bench.py [--build build] [--feeds 40] [--mb 19]

Generates --feeds RSS files of about --mb MB each (Korean items of ~2 KB, at most the parser's 10,000
entries), serves them from a separate process on loopback (Python's http.server, so the server's memory
is not counted), and runs `sosik-cli refresh --no-images --no-fulltext` on a fresh cache. Prints the
child's peak RSS (getrusage) and the wall time. The goal: under ~300 MB whatever the feed count."""
import argparse
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time


def make_feed(path, index, megabytes):
    body = ("상하이 교민 사회의 소식을 전하는 기사 본문이다. " * 30).strip()
    item_bytes = len(body.encode("utf-8")) + 300
    items = min(10000, megabytes * 1024 * 1024 // item_bytes)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                f"<title>큰 피드 {index}</title><link>https://big{index}.example/</link>")
        for i in range(items):
            f.write(f"<item><title>기사 {index}-{i}</title><link>https://big{index}.example/a/{i}</link>"
                    f"<guid>https://big{index}.example/a/{i}</guid><description>&lt;p&gt;{body} {i}&lt;/p&gt;"
                    f"</description><pubDate>Fri, 27 Nov 2026 09:{i % 60:02d}:00 +0900</pubDate></item>")
        f.write("</channel></rss>")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="build")
    parser.add_argument("--feeds", type=int, default=40)
    parser.add_argument("--mb", type=int, default=19)
    args = parser.parse_args()
    cli = os.path.join(args.build, "app", "cli", "sosik-cli")
    work = tempfile.mkdtemp(prefix="sosik-memory-")
    try:
        feeds = os.path.join(work, "feeds")
        os.mkdir(feeds)
        for i in range(args.feeds):
            make_feed(os.path.join(feeds, f"f{i}.xml"), i, args.mb)
        size = sum(os.path.getsize(os.path.join(feeds, n)) for n in os.listdir(feeds))
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                                   "--directory", feeds], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        opml = os.path.join(work, "feeds.opml")
        with open(opml, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0"?><opml version="2.0"><body>')
            for i in range(args.feeds):
                f.write(f'<outline text="f{i}" xmlUrl="http://127.0.0.1:{port}/f{i}.xml"/>')
            f.write("</body></opml>")
        data = os.path.join(work, "data")
        start = time.perf_counter()
        proc = subprocess.run([cli, "refresh", "--data-dir", data, "--opml", opml, "--no-images", "--no-fulltext",
                               "--timeout", "600"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        server.kill()
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"{args.feeds} feeds x {size / args.feeds / 1e6:.1f} MB ({size / 1e6:.0f} MB): "
              f"peak RSS {peak_mb:.0f} MB, {wall:.1f} s, exit {proc.returncode}")
        print(proc.stdout.strip())
        if proc.stderr.strip():
            print(proc.stderr.strip()[:2000])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
