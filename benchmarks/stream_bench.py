"""Stream benchmark: the screen, `awol extract` end to end, memory, against spaCy's bare tokenizer.

Generates a news stream with benchmarks/generate.py (N articles of about 2,000
characters, 3 % relevant) into a temporary folder and reports, in one run:

- screen throughput (documents/s, one core) and its pass rate on irrelevant articles;
- `awol extract STREAM -o OUT` end to end (a subprocess, wall clock, startup
  included) with --workers 1 and with all cores: articles/s and per core;
- peak memory of each run: the sum of the PSS of awol and its workers (their
  own memory, with shared pages such as spaCy's libraries counted once) and,
  for comparison, the sum of their RSS (shared pages counted in every
  process), sampled with psutil when it is installed (else the largest
  process's ru_maxrss from getrusage);
- relevant articles alone (a stream that is 100 % relevant), --workers 1;
- spaCy's bare English tokenizer (`spacy.blank("en").tokenizer`) over every
  text of the stream, one core, and awol's end-to-end speed per core as a ratio;
  the same tokenizer on as many processes as awol's all-core run (the reference
  on equal cores, which meets the same machine's limits on running in parallel);
  and, when ../shared is present, the tokenizer's speed on the dev corpus's real
  articles, to show the generated text is no easier to tokenize than news.

    python benchmarks/stream_bench.py [--n 100000] [--scale 1] [--relevant-n 2000] [--gz]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import generate  # noqa: E402

AWOL = [sys.executable, "-m", "awol"] if not Path(sys.executable).with_name("awol").exists() \
    else [str(Path(sys.executable).with_name("awol"))]


def texts(path: Path):
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield record["text"], "/report/" in record["url"]


def bench_screen(path: Path) -> dict:
    from awol.extract.screen import Screen

    screen = Screen()
    n = passed = irrelevant = irrelevant_passed = 0
    elapsed = 0.0
    for text, relevant in texts(path):
        start = time.perf_counter()
        ok = screen.passes(text)
        elapsed += time.perf_counter() - start
        n += 1
        passed += ok
        if not relevant:
            irrelevant += 1
            irrelevant_passed += ok
    return {"docs": n, "docs_per_s": n / elapsed, "pass_rate": passed / n,
            "irrelevant_pass_rate": irrelevant_passed / max(irrelevant, 1)}


def bench_tokenizer(path: Path) -> dict:
    return _tokenize(text for text, _ in texts(path))


def _tokenize(stream, tokenizer=None) -> dict:
    import spacy

    tokenizer = tokenizer or spacy.blank("en").tokenizer
    n = chars = 0
    elapsed = 0.0
    for text in stream:
        start = time.perf_counter()
        tokenizer(text)
        elapsed += time.perf_counter() - start
        n += 1
        chars += len(text)
    return {"docs": n, "docs_per_s": n / elapsed, "mchars_per_s": chars / elapsed / 1e6}


_TOKENIZER = None


def _load_tokenizer() -> None:
    global _TOKENIZER
    import spacy

    _TOKENIZER = spacy.blank("en").tokenizer


def _tokenize_lines(lines: list[str]) -> int:
    """How many documents were tokenized (the tokens themselves stay in the worker)."""
    for line in lines:
        _TOKENIZER(json.loads(line)["text"])
    return len(lines)


def bench_tokenizer_parallel(path: Path, cores: int, chunk: int = 64) -> dict:
    """The bare tokenizer on `cores` processes, as awol's workers run: the reference on equal cores.

    Generous to the tokenizer: the pool is started and loaded before the clock starts, the main
    process only reads lines (the workers parse them), and only a token count comes back."""
    import multiprocessing

    def chunks():
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as lines:
            batch = []
            for line in lines:
                batch.append(line)
                if len(batch) == chunk:
                    yield batch
                    batch = []
            if batch:
                yield batch

    with multiprocessing.get_context("fork").Pool(cores, initializer=_load_tokenizer) as pool:
        pool.map(_tokenize_lines, [[json.dumps({"text": "warm up"})]] * cores)
        start = time.perf_counter()
        n = sum(pool.imap(_tokenize_lines, chunks()))
        elapsed = time.perf_counter() - start
    return {"docs": n, "docs_per_s": n / elapsed, "per_core": n / elapsed / cores}


def bench_tokenizer_on_dev() -> dict | None:
    """The tokenizer on real news (the dev corpus, when ../shared is present): a check that the
    generated stream is no easier to tokenize. First pass (cold cache), then again (warm)."""
    import spacy

    real = generate.dev_texts()
    if not real:
        return None
    tokenizer = spacy.blank("en").tokenizer
    return {"cold": _tokenize(real, tokenizer), "warm": _tokenize(real, tokenizer)}


def bench_extract(path: Path, workers: int, out: Path) -> dict:
    """`awol extract` as a subprocess; wall time and peak memory of its process tree."""
    try:
        import psutil
    except ImportError:
        psutil = None
    start = time.perf_counter()
    proc = subprocess.Popen([*AWOL, "extract", str(path), "--workers", str(workers), "-o", str(out)],
                            stderr=subprocess.PIPE, text=True)
    peak = peak_rss = 0
    if psutil is not None:
        peak, peak_rss = _watch_memory(psutil.Process(proc.pid), proc, psutil)
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"awol extract failed ({proc.returncode}): {err}")
    if psutil is None:
        peak = peak_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    n = sum(1 for _ in open(out, encoding="utf-8"))
    return {"docs": n, "seconds": elapsed, "docs_per_s": n / elapsed, "per_core": n / elapsed / workers,
            "peak_mb": peak / 2**20, "peak_rss_mb": peak_rss / 2**20,
            "measured_by": "psutil: sum of PSS over the tree (sum of RSS beside it)" if psutil else "ru_maxrss"}


def _watch_memory(parent, proc, psutil) -> tuple[int, int]:
    """Peak PSS and peak RSS sums over the process tree until `proc` ends.

    RSS (/proc/PID/statm) is cheap and read every 0.1 s; PSS (smaps_rollup: the kernel walks every
    page table) costs some 10 ms of CPU for three processes, which read ten times a second took a
    sixth of a core from the run it measures on two cores. So PSS is read when the RSS sum has grown
    a megabyte past its largest at a PSS reading, and at least once a second; the list of workers too."""
    peak = peak_rss = rss_at_pss = 0
    tree: list = []
    last_pss = last_tree = float("-inf")
    while proc.poll() is None:
        now = time.monotonic()
        try:
            if now - last_tree >= 1.0:
                tree, last_tree = [parent, *parent.children(recursive=True)], now
            rss = sum(p.memory_info().rss for p in tree)
            peak_rss = max(peak_rss, rss)
            if rss > rss_at_pss + 2**20 or now - last_pss >= 1.0:
                peak = max(peak, sum(getattr(m, "pss", m.rss) for m in (p.memory_full_info() for p in tree)))
                rss_at_pss, last_pss = max(rss_at_pss, rss), now
        except psutil.Error:
            last_tree = float("-inf")  # a process ended between listing and reading: list them again
        time.sleep(0.1)
    return peak, peak_rss


def _memory(run: dict) -> str:
    return f"{run['peak_mb']:.0f} MB (RSS sum {run['peak_rss_mb']:.0f} MB)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="articles in the 1x stream")
    parser.add_argument("--scale", type=int, default=1, help="also run all cores over a stream this many times larger")
    parser.add_argument("--relevant-n", type=int, default=2000, help="articles in the relevant-only stream")
    parser.add_argument("--gz", action="store_true", help="write the streams gzipped")
    args = parser.parse_args()
    from awol.scale.stream import default_workers

    cores = default_workers()
    suffix = ".jsonl.gz" if args.gz else ".jsonl"
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stream = generate.write(folder / f"stream{suffix}", args.n)
        size = stream.stat().st_size / 2**20
        print(f"stream: {args.n} articles, {size:.0f} MB ({suffix}), {cores} cores", flush=True)
        screen = bench_screen(stream)
        rows.append(("screen", f"{screen['docs_per_s']:,.0f} docs/s (one core); passes {screen['pass_rate']:.1%} "
                               f"of all, {screen['irrelevant_pass_rate']:.1%} of irrelevant"))
        print(rows[-1], flush=True)
        tok = bench_tokenizer(stream)
        rows.append(("spaCy bare tokenizer", f"{tok['docs_per_s']:,.0f} docs/s (one core), "
                                             f"{tok['mchars_per_s']:.1f} M characters/s"))
        print(rows[-1], flush=True)
        if cores > 1:
            tokn = bench_tokenizer_parallel(stream, cores)
            rows.append((f"spaCy bare tokenizer on {cores} processes", f"{tokn['docs_per_s']:,.0f} docs/s "
                                                                       f"({tokn['per_core']:,.0f} per core)"))
            print(rows[-1], flush=True)
        dev = bench_tokenizer_on_dev()
        if dev is not None:
            rows.append(("the same tokenizer on the dev corpus's real news",
                         f"{dev['cold']['mchars_per_s']:.1f} M characters/s first pass, "
                         f"{dev['warm']['mchars_per_s']:.1f} M characters/s again"))
            print(rows[-1], flush=True)
        one = bench_extract(stream, 1, folder / "out1.jsonl")
        rows.append(("awol extract --workers 1", f"{one['docs_per_s']:,.0f} articles/s per core; "
                                                 f"{one['seconds']:.1f} s; peak {_memory(one)}"))
        print(rows[-1], flush=True)
        rows.append(("ratio to the tokenizer", f"{one['per_core'] / tok['docs_per_s']:.2f}x (per core)"))
        if cores > 1:
            allc = bench_extract(stream, cores, folder / "outN.jsonl")
            same = (folder / "out1.jsonl").read_bytes() == (folder / "outN.jsonl").read_bytes()
            rows.append((f"awol extract --workers {cores}",
                         f"{allc['docs_per_s']:,.0f} articles/s ({allc['per_core']:,.0f} per core); "
                         f"{allc['seconds']:.1f} s; peak {_memory(allc)}; output identical: {same}"))
            print(rows[-1], flush=True)
            rows.append((f"ratio to the tokenizer, {cores} cores each",
                         f"{allc['docs_per_s'] / tokn['docs_per_s']:.2f}x "
                         f"(against the one-core tokenizer, per core: {allc['per_core'] / tok['docs_per_s']:.2f}x)"))
        relevant = generate.write(folder / f"relevant{suffix}", args.relevant_n, relevant=1.0, seed=11)
        rel = bench_extract(relevant, 1, folder / "rel.jsonl")
        rows.append(("relevant articles only, --workers 1", f"{rel['docs_per_s']:,.0f} articles/s per core"))
        print(rows[-1], flush=True)
        if args.scale > 1:
            for p in folder.glob("out*.jsonl"):
                p.unlink()
            big = generate.write(folder / f"stream{args.scale}x{suffix}", args.n * args.scale, seed=13)
            stream.unlink()
            scaled = bench_extract(big, cores, folder / "outX.jsonl")
            rows.append((f"{args.scale}x stream ({args.n * args.scale} articles), --workers {cores}",
                         f"{scaled['docs_per_s']:,.0f} articles/s ({scaled['per_core']:,.0f} per core); "
                         f"peak {_memory(scaled)}"))
            print(rows[-1], flush=True)
    print(f"\nmemory: {one['measured_by']}")
    print("| measure | result |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
