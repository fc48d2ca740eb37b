#!/usr/bin/env python3
"""Benchmark of the bytemark CLI against its own sandbox.

Run from a clean checkout:   python3 scripts/bench.py

For 10, 1,000 and 10,000 servers it measures, with a warm session, the wall
time (median of several runs) and peak memory (max RSS of the process, from
wait4) of `--version`, `servers list -o json`, `servers list` (table) and
`servers show`, and counts the requests each command sends from the sandbox's
request log. It also counts the requests of a command whose session is inside
the refresh margin. Prints a Markdown table; BENCHMARKS.md records a run.
"""

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "bytemark")
SIZES = [10, 1000, 10000]
RUNS = {10: 15, 1000: 10, 10000: 5}
TIME = "/usr/bin/time"  # GNU time (Debian package `time`)
COMMANDS = [
    ("--version", ["--version"]),
    ("servers list -o json", ["servers", "list", "-o", "json"]),
    ("servers list", ["servers", "list"]),
    ("servers show", ["servers", "show", "web1"]),
]


def build():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)


def start_sandbox(seed_servers, log_path, extra=()):
    proc = subprocess.Popen(
        [BIN, "sandbox", "serve", "--listen", "127.0.0.1:0", "--quiet",
         "--seed-servers", str(seed_servers), "--request-log", log_path, *extra],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = proc.stdout.readline().strip()
    if not url.startswith("http"):
        proc.kill()
        sys.exit(f"sandbox did not start (got {url!r})")
    return proc, url


def client_env(url, home):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "BYTEMARK_CONFIG_DIR": os.path.join(home, "config"),
        "BYTEMARK_DATA_DIR": os.path.join(home, "data"),
        "BYTEMARK_ENDPOINT": url,
        "BYTEMARK_AUTH_ENDPOINT": url,
        "BYTEMARK_CREDENTIAL_STORE": "file",
        "BYTEMARK_ACCOUNT": "demo",
    }
    return env


def run(args, env, stdin_text=None):
    """Runs the binary once; returns (wall seconds, max RSS KiB, exit code).

    Peak memory comes from GNU time, which forks the program from a small
    process: measured from Python, the child's max RSS would include the
    Python interpreter it was forked from.
    """
    with tempfile.NamedTemporaryFile("r") as rss_file:
        started = time.perf_counter()
        proc = subprocess.run(
            [TIME, "-f", "%M", "-o", rss_file.name, BIN, *args],
            env=env, input=(stdin_text or "").encode(),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - started
        maxrss = int(rss_file.read().strip().splitlines()[-1] or 0)
    if proc.returncode != 0:
        err = proc.stderr.decode(errors="replace")
        sys.exit(f"`bytemark {' '.join(args)}` failed with exit {proc.returncode}: {err}")
    return wall, maxrss, proc.returncode


def log_lines(path):
    try:
        with open(path) as f:
            return [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        return []


def measure(args, env, runs, log_path):
    """Median wall time, peak RSS, requests per run, sandbox time per run."""
    walls, rss = [], []
    before = len(log_lines(log_path))
    for _ in range(runs):
        wall, maxrss, _ = run(args, env)
        walls.append(wall)
        rss.append(maxrss)
    entries = log_lines(log_path)[before:]
    requests = len(entries) / runs
    server_ms = sum(e.get("duration_ms", 0) for e in entries) / runs
    return statistics.median(walls) * 1000, max(rss) / 1024, requests, server_ms


def main():
    if not os.path.exists(TIME):
        sys.exit("GNU time is needed for peak memory: apt-get install time")
    build()
    rows = []
    for n in SIZES:
        home = tempfile.mkdtemp(prefix="bytemark-bench-")
        log_path = os.path.join(home, "requests.jsonl")
        proc, url = start_sandbox(n, log_path)
        try:
            env = client_env(url, home)
            run(["login", "--user", "demo", "--password-stdin"], env, "demo\n")
            for label, args in COMMANDS:
                ms, mib, reqs, server_ms = measure(args, env, RUNS[n], log_path)
                rows.append((n, label, ms, ms - server_ms, mib, reqs))
        finally:
            proc.kill()
            proc.wait()
            shutil.rmtree(home, ignore_errors=True)

    # A session inside the refresh margin: the sandbox caps sessions at 62 s
    # and the client is told to refresh with less than 60 s left
    # (BYTEMARK_REFRESH_MARGIN), so after 3 s of idling the next command
    # must extend the session first: exactly one extra request.
    home = tempfile.mkdtemp(prefix="bytemark-bench-")
    log_path = os.path.join(home, "requests.jsonl")
    proc, url = start_sandbox(10, log_path, ["--session-ttl", "62s"])
    try:
        env = client_env(url, home)
        env["BYTEMARK_REFRESH_MARGIN"] = "60"
        run(["login", "--user", "demo", "--password-stdin", "--validity", "62s"], env, "demo\n")
        margin = []
        for label, args in COMMANDS:
            time.sleep(3)
            before = len(log_lines(log_path))
            run(args, env)
            margin.append((label, log_lines(log_path)[before:]))
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(home, ignore_errors=True)

    size = os.path.getsize(BIN) / (1024 * 1024)
    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}")
    print(f"Release binary: {size:.1f} MiB\n")
    print("| servers | command | wall ms (median) | ms beyond sandbox | peak RSS MiB | requests |")
    print("|---:|---|---:|---:|---:|---:|")
    for n, label, ms, beyond, mib, reqs in rows:
        print(f"| {n} | `{label}` | {ms:.1f} | {beyond:.1f} | {mib:.1f} | {reqs:g} |")
    print("\nInside the refresh margin (10 servers):\n")
    print("| command | requests | sent |")
    print("|---|---:|---|")
    for label, entries in margin:
        shown = ", ".join(f"`{e['method']} {e['path']}`" for e in entries)
        print(f"| `{label}` | {len(entries)} | {shown} |")


if __name__ == "__main__":
    main()
