#!/usr/bin/env python3
"""Benchmark of the bytemark CLI against its own sandbox.

Run from a clean checkout:   python3 scripts/bench.py
Another build, side by side: python3 scripts/bench.py --bin OTHER/target/release/bytemark

Needs GNU time (Debian package `time`) for peak memory and CPU time.

1. The CLI alone, with a warm session, for 10, 1,000 and 10,000 servers:
   `--version`, `servers list -o json`, `servers list` (table) and
   `servers show`: median wall time, CPU time (user + system), peak RSS of
   the `bytemark` process, requests per run and the part of the wall time
   the sandbox did not account for ("beyond sandbox").
2. The sandbox alone: how long it takes to answer the account overview
   (`GET /accounts/demo?view=overview&include_deleted=true`) of 10,000 and
   of 100,000 servers, from its own request log (`duration_ms`), and how
   long it takes to start with that many.
3. Fleets: with `--transition-delay 2s`, `servers start --wait` of 1, 8 and
   50 servers (50 with the default `--parallel 8`, and with `--parallel
   50`): median wall time and the requests each run sent, by kind. Before
   each run the servers are stopped (not timed).
4. Requests of a command whose session is inside the refresh margin.

Prints Markdown; BENCHMARKS.md records a run and the budgets.
"""

import argparse
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
TIME = "/usr/bin/time"  # GNU time (Debian package `time`)
SIZES = [10, 1000, 10000]
RUNS = {10: 15, 1000: 10, 10000: 5}
COMMANDS = [
    ("--version", ["--version"]),
    ("servers list -o json", ["servers", "list", "-o", "json"]),
    ("servers list", ["servers", "list"]),
    ("servers show", ["servers", "show", "web1"]),
]
OVERVIEW = "/accounts/demo"
FLEET_DELAY = "2s"
FLEET_SETTLE = 2.5  # seconds: the transition delay, and some
FLEETS = [(1, None), (8, None), (50, None), (50, 50)]  # (servers, --parallel)
FLEET_RUNS = 3  # --fleet-runs


def build():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)


def start_sandbox(binary, seed_servers, log_path, extra=()):
    started = time.perf_counter()
    proc = subprocess.Popen(
        [binary, "sandbox", "serve", "--listen", "127.0.0.1:0", "--quiet",
         "--seed-servers", str(seed_servers), "--request-log", log_path, *extra],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = proc.stdout.readline().strip()
    if not url.startswith("http"):
        proc.kill()
        sys.exit(f"sandbox did not start (got {url!r})")
    return proc, url, (time.perf_counter() - started) * 1000


def stop(proc):
    proc.kill()
    proc.wait()


def client_env(url, home):
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "BYTEMARK_CONFIG_DIR": os.path.join(home, "config"),
        "BYTEMARK_DATA_DIR": os.path.join(home, "data"),
        "BYTEMARK_ENDPOINT": url,
        "BYTEMARK_AUTH_ENDPOINT": url,
        "BYTEMARK_CREDENTIAL_STORE": "file",
        "BYTEMARK_ACCOUNT": "demo",
    }


def run(binary, args, env, stdin_text=None, check=True):
    """Runs the binary once; returns (wall ms, CPU ms, max RSS KiB, exit code).

    Memory and CPU time come from GNU time, which forks the program from a
    small process: measured from Python, the child's max RSS would include
    the Python interpreter it was forked from.
    """
    with tempfile.NamedTemporaryFile("r") as out:
        started = time.perf_counter()
        proc = subprocess.run(
            [TIME, "-f", "%M %U %S", "-o", out.name, binary, *args],
            env=env, input=(stdin_text or "").encode(),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = (time.perf_counter() - started) * 1000
        rss, user, system = out.read().strip().splitlines()[-1].split()
    if check and proc.returncode != 0:
        err = proc.stderr.decode(errors="replace")
        sys.exit(f"`bytemark {' '.join(args)}` failed with exit {proc.returncode}: {err}")
    return wall, (float(user) + float(system)) * 1000, int(rss), proc.returncode


def log_lines(path):
    try:
        with open(path) as f:
            return [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        return []


def login(binary, env):
    run(binary, ["login", "--user", "demo", "--password-stdin"], env, "demo\n")


def measure(binary, args, env, runs, log_path):
    """Median wall and CPU ms, peak RSS MiB, requests and sandbox ms per run."""
    walls, cpus, rss = [], [], []
    before = len(log_lines(log_path))
    for _ in range(runs):
        wall, cpu, maxrss, _ = run(binary, args, env)
        walls.append(wall)
        cpus.append(cpu)
        rss.append(maxrss)
    entries = log_lines(log_path)[before:]
    server_ms = sum(e.get("duration_ms", 0) for e in entries) / runs
    return (statistics.median(walls), statistics.median(cpus), max(rss) / 1024,
            len(entries) / runs, server_ms)


def cli_rows(binary):
    rows = []
    for n in SIZES:
        home = tempfile.mkdtemp(prefix="bytemark-bench-")
        log_path = os.path.join(home, "requests.jsonl")
        proc, url, _ = start_sandbox(binary, n, log_path)
        try:
            env = client_env(url, home)
            login(binary, env)
            for label, args in COMMANDS:
                wall, cpu, mib, reqs, server_ms = measure(binary, args, env, RUNS[n], log_path)
                rows.append((n, label, wall, cpu, wall - server_ms, mib, reqs))
        finally:
            stop(proc)
            shutil.rmtree(home, ignore_errors=True)
    return rows


def sandbox_rows(binary):
    """The overview's answer time from the sandbox's own log."""
    import urllib.request
    rows = []
    for n, runs in [(10000, 15), (100000, 5)]:
        home = tempfile.mkdtemp(prefix="bytemark-bench-")
        log_path = os.path.join(home, "requests.jsonl")
        proc, url, startup = start_sandbox(binary, n, log_path)
        try:
            req = urllib.request.Request(
                url + "/session", data=b'{"username":"demo","password":"demo"}',
                headers={"Content-Type": "application/json"})
            token = urllib.request.urlopen(req).read().decode()
            size = 0
            for _ in range(runs):
                req = urllib.request.Request(
                    url + OVERVIEW + "?view=overview&include_deleted=true",
                    headers={"Authorization": "Bearer " + token})
                size = len(urllib.request.urlopen(req).read())
            took = [e["duration_ms"] for e in log_lines(log_path) if e["path"] == OVERVIEW]
            rows.append((n, startup, statistics.median(took), min(took), max(took), size))
        finally:
            stop(proc)
            shutil.rmtree(home, ignore_errors=True)
    return rows


def fleet_names(count):
    # `--seed-servers` puts srvN in group bulk((N-1) % 10 + 1).
    return [f"srv{i}.bulk{(i - 1) % 10 + 1}" for i in range(1, count + 1)]


def fleet_rows(binary, runs):
    home = tempfile.mkdtemp(prefix="bytemark-bench-")
    log_path = os.path.join(home, "requests.jsonl")
    proc, url, _ = start_sandbox(binary, 10000, log_path, ["--transition-delay", FLEET_DELAY])
    rows = []
    try:
        env = client_env(url, home)
        login(binary, env)
        for count, parallel in FLEETS:
            names = fleet_names(count)
            flag = [] if parallel is None else ["--parallel", str(parallel)]
            walls, sent = [], []
            for _ in range(runs):
                # Off first (not timed): stop them all, and give the
                # transition its time.
                run(binary, ["-q", "--yes", "servers", "stop", *names], env)
                time.sleep(FLEET_SETTLE)
                before = len(log_lines(log_path))
                wall, _, _, code = run(binary, ["-q", "servers", "start", "--wait", *flag, *names],
                                       env, check=False)
                if code != 0:
                    break  # e.g. a build without --parallel
                walls.append(wall)
                sent.append(log_lines(log_path)[before:])
            if walls:
                rows.append((count, parallel, statistics.median(walls), sent[len(sent) // 2]))
            else:
                rows.append((count, parallel, None, []))
    finally:
        stop(proc)
        shutil.rmtree(home, ignore_errors=True)
    return rows


def margin_rows(binary):
    # A session inside the refresh margin: the sandbox caps sessions at 62 s
    # and the client is told to refresh with less than 60 s left
    # (BYTEMARK_REFRESH_MARGIN), so after 3 s of idling the next command
    # must extend the session first: exactly one extra request.
    home = tempfile.mkdtemp(prefix="bytemark-bench-")
    log_path = os.path.join(home, "requests.jsonl")
    proc, url, _ = start_sandbox(binary, 10, log_path, ["--session-ttl", "62s"])
    margin = []
    try:
        env = client_env(url, home)
        env["BYTEMARK_REFRESH_MARGIN"] = "60"
        run(binary, ["login", "--user", "demo", "--password-stdin", "--validity", "62s"], env,
            "demo\n")
        for label, args in COMMANDS:
            time.sleep(3)
            before = len(log_lines(log_path))
            run(binary, args, env)
            margin.append((label, log_lines(log_path)[before:]))
    finally:
        stop(proc)
        shutil.rmtree(home, ignore_errors=True)
    return margin


def kinds(entries):
    """`8 PUT, 41 GET, 0 session` for a run's requests."""
    session = sum(1 for e in entries if e["path"].startswith("/session"))
    puts = sum(1 for e in entries if e["method"] == "PUT")
    gets = sum(1 for e in entries if e["method"] == "GET" and not e["path"].startswith("/session"))
    return f"{len(entries)} ({puts} PUT, {gets} GET, {session} session)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", help="a bytemark binary to measure instead of building this checkout")
    parser.add_argument("--fleet-runs", type=int, default=FLEET_RUNS,
                        help="runs of each fleet start (a build that starts servers one after "
                             "the other takes minutes for 50)")
    args = parser.parse_args()
    if not os.path.exists(TIME):
        sys.exit("GNU time is needed for peak memory and CPU time: apt-get install time")
    if args.bin:
        binary = os.path.abspath(args.bin)
    else:
        build()
        binary = os.path.join(ROOT, "target", "release", "bytemark")

    cli = cli_rows(binary)
    sandbox = sandbox_rows(binary)
    fleets = fleet_rows(binary, args.fleet_runs)
    margin = margin_rows(binary)

    size = os.path.getsize(binary) / (1024 * 1024)
    load = os.getloadavg()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}")
    print(f"Load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"Binary: {binary} ({size:.1f} MiB)\n")
    print("| servers | command | wall ms (median) | CPU ms | ms beyond sandbox | peak RSS MiB | requests |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for n, label, wall, cpu, beyond, mib, reqs in cli:
        print(f"| {n} | `{label}` | {wall:.1f} | {cpu:.0f} | {beyond:.1f} | {mib:.1f} | {reqs:g} |")
    print("\nThe sandbox's account overview (its own `duration_ms`):\n")
    print("| servers | sandbox start ms | overview ms (median) | min | max | bytes |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n, startup, median, low, high, nbytes in sandbox:
        print(f"| {n} | {startup:.0f} | {median:.1f} | {low:.1f} | {high:.1f} | {nbytes} |")
    print(f"\nFleets (`servers start --wait`, transition delay {FLEET_DELAY}, 10,000 servers):\n")
    print("| servers | --parallel | wall s (median) | requests (median run) |")
    print("|---:|---:|---:|---|")
    for count, parallel, wall, entries in fleets:
        shown = "default" if parallel is None else parallel
        if wall is None:
            print(f"| {count} | {shown} | (not supported) | |")
        else:
            print(f"| {count} | {shown} | {wall / 1000:.2f} | {kinds(entries)} |")
    print("\nInside the refresh margin (10 servers):\n")
    print("| command | requests | sent |")
    print("|---|---:|---|")
    for label, entries in margin:
        shown = ", ".join(f"`{e['method']} {e['path']}`" for e in entries)
        print(f"| `{label}` | {len(entries)} | {shown} |")


if __name__ == "__main__":
    main()
