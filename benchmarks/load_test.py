"""Bounded load test of `awol serve` on loopback: a fixed number of GET
requests to the claims endpoint at a fixed concurrency; reports requests/s,
latency percentiles and the error count, and exits 1 on any error or when
the rate is under --target.

    python benchmarks/load_test.py                     # demo database, 5,000 requests, 16 at a time
    python benchmarks/load_test.py --db awol.db --requests 2000 --concurrency 8

The server is started as `awol serve` in a subprocess on a free 127.0.0.1
port and stopped at the end; traffic never leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def awol_command() -> list[str]:
    exe = shutil.which("awol", path=str(Path(sys.executable).parent)) or shutil.which("awol")
    return [exe] if exe else [sys.executable, "-m", "awol"]


def build_demo(db: Path) -> None:
    """`awol demo` into `db`. It exits 1 when it rejects a sample; the load test
    only needs a database with claims, so that is not fatal here."""
    done = subprocess.run([*awol_command(), "demo", "--db", str(db)], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    if not db.exists():
        raise SystemExit(f"awol demo did not build {db}:\n{done.stderr}")


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"awol serve exited early with code {proc.returncode}")
        try:
            if httpx.get(url + "/api/stats", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit("awol serve did not answer within 30 s")


async def run(url: str, path: str, total: int, concurrency: int) -> tuple[float, list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    queue = iter(range(total))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:

        async def worker() -> None:
            for _ in queue:
                start = time.perf_counter()
                try:
                    r = await client.get(path)
                    if r.status_code != 200:
                        errors.append(f"HTTP {r.status_code}")
                    else:
                        r.json()
                except (httpx.HTTPError, ValueError) as exc:
                    errors.append(f"{type(exc).__name__}: {exc}")
                latencies.append(time.perf_counter() - start)

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    return elapsed, latencies, errors


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="database to serve (default: a fresh `awol demo` database)")
    parser.add_argument("--requests", type=int, default=5000, help="requests in all (default 5000)")
    parser.add_argument("--concurrency", type=int, default=16, help="requests in flight (default 16)")
    parser.add_argument("--path", default="/api/claims?limit=100", help="endpoint to load")
    parser.add_argument("--target", type=float, default=200.0, help="requests/s below which the run fails")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "demo.db"
            build_demo(db)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        env = {k: v for k, v in os.environ.items() if k != "AWOL_INGEST_TOKEN"}
        proc = subprocess.Popen([*awol_command(), "serve", "--db", str(db), "--port", str(port),
                                 "--log-level", "warning"], env=env)
        try:
            wait_ready(url, proc)
            asyncio.run(run(url, args.path, min(200, args.requests), args.concurrency))  # warm up
            elapsed, latencies, errors = asyncio.run(run(url, args.path, args.requests, args.concurrency))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    rate = args.requests / elapsed
    print(f"GET {args.path}: {args.requests} requests, concurrency {args.concurrency}, {elapsed:.2f} s")
    print(f"  {rate:.0f} requests/s, errors {len(errors)}")
    print(f"  latency p50 {percentile(latencies, .5) * 1000:.1f} ms, p95 {percentile(latencies, .95) * 1000:.1f} ms, "
          f"p99 {percentile(latencies, .99) * 1000:.1f} ms")
    if errors:
        print(f"  first errors: {errors[:3]}")
    return 0 if not errors and rate >= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
