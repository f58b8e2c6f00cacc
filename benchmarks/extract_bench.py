"""Extraction benchmark (issue: awol core): relevant articles only, one process.

Generates N relevant news-like articles of about 2,000 characters with
benchmarks/generate.py (invented text), runs the extractor over each in this
process (one core) and reports documents per second per core, claims found,
and peak memory (max RSS of this process). A script, not a test:

    .venv/bin/python benchmarks/extract_bench.py [--n 2000] [--seed 11]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import article  # noqa: E402

from awol.extract.pipeline import Extractor  # noqa: E402
from awol.model import Document  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="relevant articles to generate (default 2000)")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    docs = [article(i, rng, True, date(2023, 1, 1)) for i in range(args.n)]
    chars = sum(len(d["text"]) for d in docs) / len(docs)

    t0 = time.perf_counter()
    extractor = Extractor()
    load = time.perf_counter() - t0

    claims = 0
    cpu0 = time.process_time()
    t1 = time.perf_counter()
    for d in docs:
        doc = Document(id=d["id"], text=d["text"], title=d.get("title"), publisher=d.get("publisher"),
                       published=d.get("published"))
        claims += len(extractor.extract(doc).claims)
    wall = time.perf_counter() - t1
    cpu = time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"articles            {len(docs)} (mean {chars:,.0f} characters, all relevant)")
    print(f"extractor load      {load:.2f} s")
    print(f"extraction          {wall:.2f} s wall, {cpu:.2f} s CPU")
    print(f"throughput          {len(docs) / cpu:,.1f} articles/s per core (CPU time), "
          f"{len(docs) / wall:,.1f} articles/s wall")
    print(f"claims found        {claims} ({claims / len(docs):.2f} per article)")
    print(f"peak memory (RSS)   {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
