"""Closing events early (the horizon in events._still_open) changes no grouping.

The reference below is the grouping loop before the horizon was added, which kept
every event holding a long period open to the end of the block.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from awol.reconcile import events
from awol.reconcile.events import WINDOW_DAYS, Families, _agree, _compatible, _gap, _item, _related

GROUPS = {"Army": None, "Army 5th Brigade": "Army", "Army 9th Brigade": "Army"}
LENGTHS = [1, 3, 7, 30, 31, 32, 45, 90, 180, 365, 400, 730]


def reference_group_items(items):
    items = sorted(items, key=lambda i: (i.anchor, i.cid))
    clusters = []
    open_ = []
    for it in items:
        open_ = [k for k in open_ if _reference_still_open(clusters[k], it)]
        best, best_key = None, None
        for k in open_:
            members = clusters[k]
            if not any(_related(it, m) for m in members) or not all(_compatible(it, m) for m in members):
                continue
            if it.start is None and not any(m.doc_key == it.doc_key or _agree(it.count, m.count) for m in members):
                continue
            agree = any(_agree(it.count, m.count) for m in members)
            gap = min(_gap(it, m) if it.start and m.start else 0 for m in members)
            key = (not agree, gap, k)
            if best_key is None or key < best_key:
                best, best_key = k, key
        if best is None:
            clusters.append([it])
            open_.append(len(clusters) - 1)
        else:
            clusters[best].append(it)
    return clusters


def _reference_still_open(members, it):
    if it.start is None:
        return True
    latest = max((m.end for m in members if m.end), default=None)
    if latest is None:
        return False
    return (it.start - latest).days <= WINDOW_DAYS or any(m.long for m in members) or it.long


def _claim(rng: random.Random, n: int) -> dict:
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(900))
    claim = {"claim_id": f"c{n:03}", "kind": "desertion", "group": rng.choice(list(GROUPS)),
             "doc_hash": f"d{rng.randrange(8)}", "source": rng.choice([None, "ministry", "monitor"]),
             "source_type": rng.choice([None, "official"])}
    low = rng.choice([None, 10, 40, 100, 300])
    claim["count"] = {"low": low, "high": low if low is None or rng.random() < 0.5 else low * 2}
    when = rng.random()
    if when < 0.5:
        length = rng.choice(LENGTHS)
        claim["period"] = {"start": day.isoformat(), "end": (day + timedelta(days=length - 1)).isoformat()}
    elif when < 0.75:
        claim["published"] = day.isoformat()
    elif when < 0.85:
        claim["published"] = day.isoformat()[:7]  # a month: a span of up to 31 days
    elif when < 0.9:
        claim["published"] = day.isoformat()[:4]  # a year: a span of 365 days that is not "long"
    if rng.random() < 0.2:
        claim["group_country"] = rng.choice(["IQ", "SY"])
    return claim


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1), st.integers(1, 120))
def test_same_events_as_keeping_every_event_open(seed, n):
    rng = random.Random(seed)
    fam = Families(GROUPS)
    items = [_item(_claim(rng, k), k, {}, {}, fam) for k in range(n)]
    got = [[m.cid for m in cluster] for cluster in events._group_items(items)]
    assert got == [[m.cid for m in cluster] for cluster in reference_group_items(items)]


def test_long_periods_do_not_keep_old_events_open():
    """Yearly figures three years apart: the first event is closed by the time the last claim comes."""
    fam = Families(GROUPS)
    claims = [{"claim_id": f"y{year}", "kind": "desertion", "group": "Army", "doc_hash": f"d{year}",
               "count": {"low": 100 * (year - 2019), "high": 100 * (year - 2019)},
               "period": {"start": f"{year}-01-01", "end": f"{year}-12-31"}} for year in (2020, 2021, 2022, 2023)]
    items = [_item(c, k, {}, {}, fam) for k, c in enumerate(claims)]
    state = events._Open()
    state.add(items[0], 0)
    assert not events._still_open(state, items[3])
    assert [[m.cid for m in c] for c in events._group_items(items)] == [["y2020"], ["y2021"], ["y2022"], ["y2023"]]
