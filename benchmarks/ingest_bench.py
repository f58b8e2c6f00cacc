"""Ingest throughput against extraction alone.

Generates N synthetic articles (invented text from templates) into a temporary
folder, then times `awol extract DIR` (output discarded) and `awol ingest DIR
--db FRESH.db`, each as a subprocess, best of R runs, and prints articles per
second and the ratio. Storage should cost under 20 % (ratio >= 0.80). It also
times `awol ingest --no-events` (storage without recomputing events) and
`awol reconcile` alone, to show where the time goes. On a shared machine wall
time is noisy, so it reports the child processes' CPU time (user + system)
beside the wall time and takes the ratio of both.

    python benchmarks/ingest_bench.py [--n 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OPENINGS = [
    "{n} soldiers of the {group} deserted their positions near {place} {when}, {source} said on {day}.",
    "More than {n} fighters have left the {group} {when}, according to {source}.",
    "{source} said that about {n} members of the {group} failed to return from leave {when}.",
    "Dozens of men from the {group} defected to the opposition near {place} {when}, {source} said.",
    "At least {n} conscripts fled {place} to avoid service with the {group} {when}.",
]
BODY = [
    "Residents described long queues at checkpoints on the road out of {place}.",
    "The unit had been {total} strong at the start of the year, a local official said.",
    "Salaries had not been paid for {months} months, two of the men told reporters.",
    "The ministry did not respond to a request for comment on the figures.",
    "Commanders blamed the losses on poor supplies and a lack of reinforcements.",
    "Some of those who left said they planned to travel on to {dest}.",
    "An analyst said the figures could not be independently verified.",
    "Officials said {back} of them had since returned to their units.",
]
GROUPS = ["Iraqi Army", "Syrian Arab Army", "Peshmerga", "Afghan National Army", "Ukrainian Ground Forces",
          "Russian Ground Forces", "Somali National Army", "Nigerian Army"]
PLACES = ["Mosul", "Aleppo", "Kirkuk", "Kandahar", "Bakhmut", "Kismayo", "Maiduguri", "Deir ez-Zor"]
SOURCES = ["the defence ministry", "a military spokesman", "a monitoring group", "a local official",
           "a former officer", "the United Nations"]
WHENS = ["last month", "in the past six months", "this year", "in March", "since January", "last week"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DESTS = ["Turkey", "Europe", "Germany", "Iran", "Kenya"]


def article(i: int, rng: random.Random) -> dict:
    fill = dict(n=rng.randint(5, 900), group=rng.choice(GROUPS), place=rng.choice(PLACES),
                source=rng.choice(SOURCES), when=rng.choice(WHENS), day=rng.choice(DAYS),
                total=rng.randint(300, 2000), months=rng.randint(2, 8), dest=rng.choice(DESTS),
                back=rng.randint(1, 60))
    sentences = [rng.choice(OPENINGS)] + rng.sample(BODY, 6)
    paragraphs = [" ".join(s.format(**fill) for s in sentences[k:k + 2]) for k in range(0, len(sentences), 2)]
    text = "\n\n".join(paragraphs)
    text = text[0].upper() + text[1:]
    return {"id": f"bench-{i:06}", "url": f"https://example.org/bench/{i}", "title": f"Report {i}",
            "publisher": f"Outlet {i % 9}", "published": f"20{15 + i % 9}-{1 + i % 12:02}-{1 + i % 28:02}",
            "text": text}


def generate(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(n):
        (folder / f"{i:06}.json").write_text(json.dumps(article(i, rng)), encoding="utf-8")


def awol_command() -> list[str]:
    script = Path(sys.executable).with_name("awol")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from awol.cli import main; main()"]


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def line(label: str, n: int, runs: list[tuple[float, float]], base: list[tuple[float, float]] | None) -> str:
    wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
    text = f"{label:26} wall {wall:7.2f} s {n / wall:7.1f}/s   cpu {cpu:7.2f} s {n / cpu:7.1f}/s"
    if base:
        text += (f"   ratio wall {min(r[0] for r in base) / wall:.2f}"
                 f" cpu {min(r[1] for r in base) / cpu:.2f}")
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles to generate")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command (best is kept)")
    args = parser.parse_args()
    awol = awol_command()
    with tempfile.TemporaryDirectory(prefix="awol-bench-") as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        generate(docs, args.n)
        extract_s, ingest_s, store_s, reconcile_s = [], [], [], []
        for r in range(args.repeat):
            extract_s.append(timed([*awol, "extract", str(docs)]))
            db = Path(tmp) / f"bench-{r}.db"
            ingest_s.append(timed([*awol, "ingest", str(docs), "--db", str(db)]))
            db = Path(tmp) / f"bench-{r}-no-events.db"
            store_s.append(timed([*awol, "ingest", str(docs), "--db", str(db), "--no-events"]))
            reconcile_s.append(timed([*awol, "reconcile", "--db", str(db)]))
        print(f"articles: {args.n} (best of {args.repeat} runs, process start-up included)")
        print(line("awol extract", args.n, extract_s, None))
        print(line("awol ingest", args.n, ingest_s, extract_s))
        print(line("awol ingest --no-events", args.n, store_s, extract_s))
        print(line("awol reconcile (alone)", args.n, reconcile_s, None))
        print("target: ingest/extract throughput ratio >= 0.80")


if __name__ == "__main__":
    main()
