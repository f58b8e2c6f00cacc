"""Events: claims from many reports grouped by the real-world happening they report.

Two claims report the same event when (docs/reconcile.md gives the reasons):

- block: same kind (strength also the same measure) and the same group family
  (the top ancestor of the group in the group registry, else the group name);
- group: the same group, or one is an ancestor of the other (parent, child),
  for at least one member (so "Iraqi Army" and "Iraqi Special Operations
  Forces" meet through "Iraqi Armed Forces");
- country: the groups' countries do not differ, and the origin countries (and
  the destination countries) do not contradict (both known and disjoint);
- time: they are near (see `_near`): short periods (31 days or less) or
  publication days within WINDOW_DAYS; long periods only with long periods
  that mostly overlap (LONG_OVERLAP of their union); a claim with no period
  at all is dated by its publication and meets a long period only near its
  end. Within one document (or its syndicated copies) two dated claims are
  one event only when their periods overlap (short) or are equal (long): a
  report that dates two figures differently describes two happenings. A claim
  with no date at all (no period, no publication) joins only undated claims,
  and only an event holding a claim of its own document or a figure that
  agrees with its own.
- voice: one source does not contradict itself within one report, so two
  figures of the same document and the same source (or both the publisher's
  own voice) that do not overlap are two happenings, unless the later-dated
  one is the higher (a running total told in one report); figures from different
  sources that disagree are one event in conflict ("tens" from the ministry,
  "more than 100" from a member). Likewise two figures that disagree (and do
  not grow) and are dated to periods that do not overlap are two happenings.

Claims join events greedily in the order of the day they describe, and a
claim joins the best event all of whose members it is compatible with
(complete linkage: a chain of weekly reports does not glue months together);
among several, the one whose figures agree with its own, then the nearest in
time, then the oldest. Syndicated copies lend their canonical's date to a copy
that has none.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from awol.errors import InputError
from awol.reconcile.combine import combine
from awol.reconcile.derived import Interval, _parse_day
from awol.reconcile.syndication import syndicated_clusters

WINDOW_DAYS = 45
CONTAIN_DAYS = 400  # a report's figure for part of a period of at most this length it also reports joins it
SHORT_DAYS = 31
LONG_OVERLAP = 0.8


@dataclass
class Event:
    event_id: str
    kind: str
    group: str
    group_country: str | None
    measure: str | None
    claim_ids: list = field(default_factory=list)
    period_start: str | None = None
    period_end: str | None = None
    low: int | None = None
    high: int | None = None
    conflict: bool = False
    note: str = ""
    sources: list[str] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)


@dataclass
class ReconcileResult:
    events: list[Event]
    syndicated: dict[str, str]


@lru_cache(maxsize=None)
def _registry():
    """The group registry when awol.normalize.groups is available, else None (same-group only)."""
    try:
        from awol.normalize.groups import default_registry
    except ImportError:
        return None
    try:
        return default_registry()
    except Exception:  # noqa: BLE001 - a broken registry must not stop reconciling; fall back to names
        return None


class Families:
    """Group keys and ancestries: from `parents` (name -> parent name) when given,
    else from the group registry, else each group is its own family."""

    def __init__(self, parents: dict[str, str | None] | None = None):
        self._parents = {k.casefold(): v for k, v in parents.items()} if parents is not None else None
        self._reg = None if parents is not None else _registry()
        self._cache: dict[str, tuple[str, ...]] = {}

    def _lookup(self, name: str) -> tuple[str, str | None]:
        """(canonical name, parent name) of a group."""
        if self._parents is not None:
            return name, self._parents.get(name.casefold())
        entry = None
        if self._reg is not None and name:
            try:
                entry = self._reg.get(name)
            except (KeyError, LookupError, ValueError):
                entry = None
        if entry is None:
            return name, None
        return getattr(entry, "name", None) or name, getattr(entry, "parent", None)

    def lineage(self, name: str) -> tuple[str, ...]:
        """The group's key and its ancestors' keys, nearest first (casefolded names)."""
        name = name or ""
        if name not in self._cache:
            chain: list[str] = []
            current: str | None = name
            while current is not None:
                canonical, parent = self._lookup(current)
                if canonical.casefold() in chain:
                    break
                chain.append(canonical.casefold())
                current = parent
            self._cache[name] = tuple(chain)
        return self._cache[name]


@dataclass
class _Item:
    """A claim with what grouping needs, computed once."""

    claim: dict
    cid: str
    doc_key: str
    lineage: tuple[str, ...]
    country: str | None
    origins: frozenset
    destinations: frozenset
    start: date | None
    end: date | None
    has_period: bool
    count: Interval
    voice: tuple

    @property
    def long(self) -> bool:
        return self.has_period and (self.end - self.start).days + 1 > SHORT_DAYS

    @property
    def anchor(self) -> date:
        return self.end or date.max


def _countries(places) -> frozenset:
    return frozenset(p.get("country") for p in (places or []) if isinstance(p, dict) and p.get("country"))


def _item(c: dict, index: int, canon_pub: dict[str, str | None], canon_of: dict[str, str], fam: Families) -> _Item:
    cid = c.get("claim_id")
    if not cid:
        raise InputError("claims", f"claim at position {index} has no claim_id; give every claim a stable id")
    period = c.get("period") or None
    start = end = None
    has_period = False
    if period and (period.get("start") or period.get("end")):
        start = _parse_day(period.get("start") or period.get("end"))
        end = _parse_day(period.get("end") or period.get("start"), end=True)
        if start is None or end is None:
            raise InputError(f"claim {cid}", f"period {period!r} is not ISO dates (YYYY-MM-DD); fix or drop the period")
        if end < start:
            start, end = end, start
        has_period = True
    else:
        own = c.get("doc_hash") or ""
        published = c.get("published") or canon_pub.get(own) or canon_pub.get(canon_of.get(own, own))
        start, end = _parse_day(published), _parse_day(published, end=True)
    return _Item(
        claim=c,
        cid=str(cid),
        doc_key=canon_of.get(c.get("doc_hash") or "", c.get("doc_hash") or c.get("doc_id") or ""),
        lineage=fam.lineage(c.get("group") or ""),
        country=c.get("group_country") or None,
        origins=_countries(c.get("origin")),
        destinations=_countries(c.get("destination")),
        start=start,
        end=end,
        has_period=has_period,
        count=Interval.of_claim(c),
        voice=((c.get("source") or "").casefold(), c.get("source_type") or "publisher"),
    )


def _gap(a: _Item, b: _Item) -> int:
    """Days between two spans (0 when they overlap)."""
    return max((a.start - b.end).days, (b.start - a.end).days, 0)


def _near(a: _Item, b: _Item) -> bool:
    """Whether the two claims' times allow one event (rules in the module docstring)."""
    if a.start is None or b.start is None:
        return a.start is None and b.start is None
    if a.doc_key == b.doc_key and a.has_period and b.has_period:
        if a.long or b.long:
            long_, other = (a, b) if a.long else (b, a)
            # one report's figure for part of a longer period it also reports ('16 last month' within
            # 'more than 100 in the past six months') belongs to the same picture
            return (a.start, a.end) == (b.start, b.end) or (
                not other.long and long_.start <= other.start and other.end <= long_.end
                and (long_.end - long_.start).days <= CONTAIN_DAYS)
        return _gap(a, b) == 0
    if a.long and b.long:
        inter = (min(a.end, b.end) - max(a.start, b.start)).days + 1
        union = (max(a.end, b.end) - min(a.start, b.start)).days + 1
        return inter > 0 and inter / union >= LONG_OVERLAP
    if a.long or b.long:
        long_, other = (a, b) if a.long else (b, a)
        if other.has_period:
            return False
        return abs((other.end - long_.end).days) <= WINDOW_DAYS
    return _gap(a, b) <= WINDOW_DAYS


def _related(a: _Item, b: _Item) -> bool:
    """Same group, or one is an ancestor of the other."""
    return a.lineage[0] in b.lineage or b.lineage[0] in a.lineage


def _compatible(a: _Item, b: _Item) -> bool:
    if _disagree(a.count, b.count) and not _grows(a, b):
        if a.doc_key == b.doc_key and a.voice == b.voice:
            return False
        if a.has_period and b.has_period and _gap(a, b) > 0:
            return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.origins and b.origins and not a.origins & b.origins:
        return False
    if a.destinations and b.destinations and not a.destinations & b.destinations:
        return False
    return _near(a, b)


def _grows(a: _Item, b: _Item) -> bool:
    """The later-dated of two disagreeing figures is the higher: a running total."""
    if a.end is None or b.end is None or a.end == b.end:
        return False
    early, late = (a, b) if a.end < b.end else (b, a)
    return late.count.low is not None and early.count.high is not None and late.count.low > early.count.high


def _disagree(a: Interval, b: Interval) -> bool:
    """Both are figures and they do not overlap."""
    known = (a.low is not None or a.high is not None) and (b.low is not None or b.high is not None)
    return known and not _agree(a, b)


def _agree(a: Interval, b: Interval) -> bool:
    if a.low is None and a.high is None or b.low is None and b.high is None:
        return False
    return not (
        (a.high is not None and b.low is not None and a.high < b.low)
        or (b.high is not None and a.low is not None and b.high < a.low)
    )


def _group_items(items: list[_Item]) -> list[list[_Item]]:
    """Greedy complete-linkage grouping of one block's claims, in time order."""
    items = sorted(items, key=lambda i: (i.anchor, i.cid))
    max_span = max(((i.end - i.start).days for i in items if i.start is not None and not i.long), default=0)
    clusters: list[list[_Item]] = []
    states: list[_Open] = []
    open_: list[int] = []
    for it in items:
        # An event whose every member ended long before this claim can take no more members.
        open_ = [k for k in open_ if _still_open(states[k], it)]
        best, best_key = None, None
        for k in open_:
            members = clusters[k]
            if not any(_related(it, m) for m in members) or not all(_compatible(it, m) for m in members):
                continue
            if it.start is None and not any(m.doc_key == it.doc_key or _agree(it.count, m.count) for m in members):
                continue  # undated: time cannot tell, so ask for the same report or an agreeing figure
            agree = any(_agree(it.count, m.count) for m in members)
            gap = min(_gap(it, m) if it.start and m.start else 0 for m in members)
            key = (not agree, gap, k)
            if best_key is None or key < best_key:
                best, best_key = k, key
        if best is None:
            clusters.append([it])
            states.append(_Open())
            open_.append(len(clusters) - 1)
            best = len(clusters) - 1
        else:
            clusters[best].append(it)
        states[best].add(it, max_span)
    return clusters


@dataclass
class _Open:
    """What deciding whether an event is still open needs, kept up to date as members join
    (so the check costs the same however large the event grows)."""

    latest: date | None = None
    has_long: bool = False
    horizon: date = date.max

    def add(self, it: _Item, max_span: int) -> None:
        if it.end is not None:
            self.latest = it.end if self.latest is None else max(self.latest, it.end)
            self.horizon = min(self.horizon, _reach(it, max_span))
        self.has_long = self.has_long or it.long


def _reach(m: _Item, max_span: int) -> date:
    """The latest end a dated claim near `m` (see `_near`) can have.

    Short m: a short claim starts within WINDOW_DAYS of m's end and lasts at most
    `max_span` days (the block's longest non-long span); a long one ends within
    WINDOW_DAYS. Long m: a claim without a period ends within WINDOW_DAYS of m's end;
    a long one overlapping LONG_OVERLAP of the union ends within m's length times
    (1 / LONG_OVERLAP - 1) of it (two days' margin for rounding); short periods never
    meet it.
    """
    if m.long:
        days = max(WINDOW_DAYS, int((m.end - m.start).days * (1 / LONG_OVERLAP - 1)) + 2)
    else:
        # a long period of the same report that contains m ends at most CONTAIN_DAYS after it
        days = max(WINDOW_DAYS + max_span, CONTAIN_DAYS)
    try:
        return m.end + timedelta(days=days)
    except OverflowError:
        return date.max


def _still_open(state: _Open, it: _Item) -> bool:
    """Whether the event may take `it` or a later claim (claims come in order of end day).

    Past the horizon no member can be near `it` or any later dated claim, and an undated
    claim never joins dated members, so closing there changes no result; it keeps the
    open events few when long periods would otherwise keep every event open.
    """
    if it.start is None:
        return True
    if state.latest is None:
        return False
    if it.end > state.horizon:
        return False
    return (it.start - state.latest).days <= WINDOW_DAYS or state.has_long or it.long


def _source_label(c: dict, docs: dict[str, dict], canon_of: dict[str, str]) -> str:
    """Who stands behind a claim, with syndicated copies resolving to one outlet."""
    h = c.get("doc_hash") or ""
    outlet = (docs.get(canon_of.get(h, h)) or {}).get("publisher") or c.get("publisher")
    st = c.get("source_type") or "publisher"
    if c.get("source"):
        return c["source"]
    if st == "publisher":
        return outlet or "publisher"
    return f"{st} (in {outlet})" if outlet else st


def _event_group(items: list[_Item]) -> str:
    """The most general member group (the one the others descend from); ties: most frequent, then name."""
    depth = {i.claim.get("group") or "": len(i.lineage) for i in items}
    names = [i.claim.get("group") or "" for i in items]
    counts = {n: names.count(n) for n in set(names)}
    return min(counts, key=lambda n: (depth[n], -counts[n], n))


def _build_event(items: list[_Item], docs: dict[str, dict], canon_of: dict[str, str]) -> Event:
    items = sorted(items, key=lambda i: i.cid)
    claims = [i.claim for i in items]
    labels = {i.cid: _source_label(i.claim, docs, canon_of) for i in items}
    comb = combine(claims, labels)
    ids = [i.cid for i in items]
    starts = [(i.claim.get("period") or {}).get("start") for i in items if i.has_period]
    ends = [(i.claim.get("period") or {}).get("end") for i in items if i.has_period]
    first = items[0].claim
    countries = sorted({i.country for i in items if i.country})
    sources = sorted(set(labels.values()))
    figures = [
        {
            "claim_id": i.cid,
            "low": (i.claim.get("count") or {}).get("low"),
            "high": (i.claim.get("count") or {}).get("high"),
            "count_text": i.claim.get("count_text"),
            "source": i.claim.get("source"),
            "source_type": i.claim.get("source_type"),
            "status": i.claim.get("status"),
            "doc_id": i.claim.get("doc_id"),
            "published": i.claim.get("published"),
            "syndicated_of": canon_of.get(i.claim.get("doc_hash") or "") if canon_of.get(i.claim.get("doc_hash") or "") != i.claim.get("doc_hash") else None,
        }
        for i in items
    ]
    return Event(
        event_id="ev-" + hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:16],
        kind=first.get("kind") or "",
        group=_event_group(items),
        group_country=countries[0] if len(countries) == 1 else None,
        measure=first.get("measure"),
        claim_ids=ids,
        period_start=min(starts) if starts else None,
        period_end=max(ends) if ends else None,
        low=comb.low,
        high=comb.high,
        conflict=comb.conflict,
        note=comb.note,
        sources=sources,
        figures=figures,
    )


def reconcile(
    claims: list[dict], documents: list[dict], *, parents: dict[str, str | None] | None = None
) -> ReconcileResult:
    """Group claims into events, find syndicated copies, combine each event's figures.

    `parents` (group name -> parent group name) replaces the group registry,
    for callers and tests with their own hierarchy. Deterministic: the same
    claims (in any order) give the same events, ids and order.
    """
    fam = Families(parents)
    docs = {d["doc_hash"]: d for d in documents if d.get("doc_hash")}
    canon_of = syndicated_clusters(documents)
    canon_pub = {h: d.get("published") for h, d in docs.items()}

    blocks: dict[tuple, list[_Item]] = {}
    for n, c in enumerate(claims):
        it = _item(c, n, canon_pub, canon_of, fam)
        kind = c.get("kind") or ""
        measure = c.get("measure") if kind == "strength" else None
        blocks.setdefault((kind, measure or "", it.lineage[-1]), []).append(it)

    events = [
        _build_event(cluster, docs, canon_of)
        for key in sorted(blocks)
        for cluster in _group_items(blocks[key])
    ]
    events.sort(key=lambda e: (_event_day(e), e.kind, e.group, e.event_id))
    return ReconcileResult(events=events, syndicated=canon_of)


def _event_day(e: Event) -> str:
    """Sort key: the event's period start, else its earliest report, else last."""
    if e.period_start:
        return e.period_start
    pubs = [f["published"] for f in e.figures if f.get("published")]
    return min(pubs) if pubs else "9999"
