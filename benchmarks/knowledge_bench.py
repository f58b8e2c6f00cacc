"""Knowledge benchmark (issue: awol knowledge): registry and gazetteer load, memory and lookups.

Loads the armed-group registry and the place gazetteer in a fresh process and
reports the memory each adds (RSS growth), then times lookups as extraction
makes them: `Registry.find` and `Gazetteer.find` over sentences (invented
ones, naming groups, demonyms, generic nouns and places), and `resolve` /
`lookup` of single mentions. A script, not a test:

    .venv/bin/python benchmarks/knowledge_bench.py [--n 1000]
"""

from __future__ import annotations

import argparse
import os
import time

SENTENCES = [
    "More than 200 Iraqi soldiers left their posts near Ramadi in Anbar province last month.",
    "Fighters of Asa'ib Ahl al-Haq and the Popular Mobilization Forces fled towards Baghdad.",
    "Dozens of al-Shabaab militants surrendered to the Somali National Army in Baidoa.",
    "The Tatmadaw lost hundreds of troops who defected to the People's Defence Force in Sagaing.",
    "Russian contract soldiers crossed into Kazakhstan and Georgia to avoid the front in Donetsk Oblast.",
    "Boko Haram fighters laid down their arms in Borno State, near the border with Cameroon.",
    "Ukrainian servicemen who left their units without permission returned under the new law in Kyiv.",
    "Several FARC dissidents handed themselves in to the army in Cauca, Colombia.",
    "Eritrean conscripts fled to Sudan and Ethiopia before heading for northern Europe.",
    "The Wagner Group pulled out of Bakhmut while Syrian army defectors reached Hatay in Turkey.",
]
MENTIONS = ["AAH", "the Tatmadaw", "Iraqi soldiers", "Peshmerga", "militiamen", "FSA", "ISWAP", "RSF",
            "Ukrainian servicemen", "the junta's troops", "Hezbollah fighters", "NPA rebels"]
PLACES = ["Baiji", "Bayji", "Wasit", "Waset", "Anbar", "Donetsk", "Shan State", "Borno", "Europe", "the Sahel",
          "Hatay", "Kassala", "Tessalit", "Idlib"]


def rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def per_thousand(fn, items: list, n: int) -> float:
    """Milliseconds per 1,000 calls of fn over items, cycled to n calls."""
    start = time.perf_counter()
    for i in range(n):
        fn(items[i % len(items)])
    return (time.perf_counter() - start) * 1000 * 1000 / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="lookups of each kind (default 1000)")
    args = parser.parse_args()

    from awol.normalize.groups import default_registry
    from awol.normalize.places import default_gazetteer

    base = rss_mb()
    t0 = time.perf_counter()
    registry = default_registry()
    t1 = time.perf_counter()
    after_registry = rss_mb()
    gazetteer = default_gazetteer()
    gazetteer.find(SENTENCES[0], ["IQ"])  # the index loads on first use
    t2 = time.perf_counter()
    after_gazetteer = rss_mb()

    countries = ["IQ", "SY"]
    print(f"registry            {len(registry.entries())} groups; load {t1 - t0:.2f} s; +{after_registry - base:,.0f} MB RSS")
    print(f"gazetteer           load {t2 - t1:.2f} s; +{after_gazetteer - after_registry:,.0f} MB RSS")
    print(f"together            +{after_gazetteer - base:,.0f} MB RSS")
    print(f"registry.find       {per_thousand(lambda s: registry.find(s, countries), SENTENCES, args.n):.1f} ms "
          "per 1,000 sentences")
    print(f"registry.resolve    {per_thousand(lambda m: registry.resolve(m, countries), MENTIONS, args.n):.1f} ms "
          "per 1,000 mentions")
    print(f"gazetteer.find      {per_thousand(lambda s: gazetteer.find(s, countries), SENTENCES, args.n):.1f} ms "
          "per 1,000 sentences")
    print(f"gazetteer.lookup    {per_thousand(lambda p: gazetteer.lookup(p, countries), PLACES, args.n):.1f} ms "
          "per 1,000 names")


if __name__ == "__main__":
    main()
