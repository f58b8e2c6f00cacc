"""Derived figures: rates and gaps computed from reported figures, uncertainty kept.

Every reported figure is an interval (SCHEMA count rules: "nearly 70" is 63..69,
"more than 100" is 101..None), so every figure derived from them is one too:
the arithmetic takes the extreme combinations of the ends, so the true value
lies inside the result whenever the inputs' true values lie inside theirs.
None means unbounded on that side. Rates of people out of a population are
clamped to [0, 1] because a part cannot exceed its whole.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

DEPARTURE_KINDS = ("desertion", "defection")


@dataclass(frozen=True)
class Interval:
    """A figure known to lie between `low` and `high` (None: unbounded on that side)."""

    low: float | None
    high: float | None

    @classmethod
    def of(cls, count: dict | None) -> Interval:
        """The interval of a claim's `count` ({low, high} or None: nothing known)."""
        if not count:
            return cls(None, None)
        return cls(count.get("low"), count.get("high"))

    @classmethod
    def of_claim(cls, claim: dict) -> Interval:
        """The figure a claim gives. One person's story (no count words, a count of one) is 'at least one':
        a part of any larger figure for the same event, not a rival to it."""
        count = claim.get("count")
        if count and not claim.get("count_text") and count.get("low") == 1 and count.get("high") == 1:
            return cls(1, None)
        return cls.of(count)

    @classmethod
    def exact(cls, value: float) -> Interval:
        return cls(value, value)

    def __str__(self) -> str:
        def fmt(v: float | None) -> str:
            if v is None:
                return ""
            return f"{v:.4g}" if isinstance(v, float) and not float(v).is_integer() else f"{int(v)}"

        if self.low is not None and self.low == self.high:
            return fmt(self.low)
        return f"{fmt(self.low)}..{fmt(self.high)}"


def _clamp(iv: Interval, lo: float | None, hi: float | None) -> Interval:
    low, high = iv.low, iv.high
    if lo is not None:
        low = lo if low is None else max(low, lo)
        high = high if high is None else max(high, lo)
    if hi is not None:
        high = hi if high is None else min(high, hi)
        low = low if low is None else min(low, hi)
    return Interval(low, high)


def _ratio(part: Interval, whole: Interval) -> Interval:
    """part / whole for non-negative quantities, before clamping.

    A missing low end of a count of people is 0; a missing high end is unbounded.
    """
    p_low = part.low or 0
    w_low = whole.low or 0
    low = 0.0 if whole.high is None else (p_low / whole.high if whole.high > 0 else None)
    if part.high is None or w_low <= 0:
        high = None
    else:
        high = part.high / w_low
    return Interval(low, high)


def attrition(left: Interval, total: Interval) -> Interval:
    """Share of a force that left: deserted (or defected) over total strength.

    nearly 70 (63..69) of 400 gives 63/400..69/400.
    """
    return _clamp(_ratio(left, total), 0.0, 1.0)


def non_return_rate(on_leave: Interval, returned: Interval) -> Interval:
    """Share of those sent on leave who did not come back: 1 - returned / on_leave.

    200 on leave and 110 back gives 0.45..0.45.
    """
    back = _ratio(returned, on_leave)
    low = 0.0 if back.high is None else 1 - back.high
    high = 1.0 if back.low is None else 1 - back.low
    return _clamp(Interval(low, high), 0.0, 1.0)


def shortfall(deployed: Interval, required: Interval) -> Interval:
    """People missing at the front: required minus deployed (negative: a surplus).

    130 sent of 170 required gives 40..40; `shortfall_share` gives 40/170.
    """
    low = None if required.low is None or deployed.high is None else required.low - deployed.high
    high = None if required.high is None else required.high - (deployed.low or 0)
    return Interval(low, high)


def shortfall_share(deployed: Interval, required: Interval) -> Interval:
    """Shortfall as a share of the requirement: 1 - deployed / required (at most 1)."""
    filled = _ratio(deployed, required)
    low = None if filled.high is None else 1 - filled.high
    high = 1.0 if filled.low is None else 1 - filled.low
    return _clamp(Interval(low, high), None, 1.0)


def _parse_day(value: str | None, end: bool = False) -> date | None:
    """'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' as a day (the first, or with end=True the last)."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return date.fromisoformat(value)
        year = int(parts[0])
        if len(parts) == 2:
            month = int(parts[1])
            return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError:
        return None


def _month_shares(start: date, end: date) -> list[tuple[str, float]]:
    """The months a span covers, each with its share of the span's days."""
    total = (end - start).days + 1
    shares = []
    day = start
    while day <= end:
        last = date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        stop = min(last, end)
        shares.append((f"{day.year:04d}-{day.month:02d}", ((stop - day).days + 1) / total))
        day = stop + timedelta(days=1)
    return shares


def monthly_series(claims: list[dict], by: str = "group", kinds: tuple[str, ...] = DEPARTURE_KINDS) -> list[dict]:
    """Reported departures per month and group (or country, by="country"), low and high bands.

    Claims are first grouped into events (their `event_id` when present, else
    `reconcile`), so five outlets repeating one defection count once. Each
    event contributes its combined estimate, or where its figures conflict the
    hull of all of them (lowest low, highest high). An event's figure is spread
    over the months of its period in proportion to days (a period of all 2023
    adds a twelfth to each month); with no period it falls in the month of its
    earliest report. A high band is None where some event's high end is
    unbounded. Rows are sorted by month, then key.
    """
    if by not in ("group", "country"):
        raise ValueError(f"monthly_series: by={by!r}; use 'group' or 'country'")
    from awol.reconcile.events import reconcile

    selected = [c for c in claims if c.get("kind") in kinds]
    if all(c.get("event_id") for c in selected):
        members: dict[str, list[dict]] = {}
        for c in selected:
            members.setdefault(c["event_id"], []).append(c)
        events = [_event_from_members(eid, ms) for eid, ms in sorted(members.items())]
    else:
        by_id = {c["claim_id"]: c for c in selected}
        events = [
            _event_from_members(ev.event_id, [by_id[i] for i in ev.claim_ids], ev)
            for ev in reconcile(selected, []).events
        ]

    rows: dict[tuple[str, str], dict] = {}
    for ev in events:
        if ev["start"] is None:
            continue
        key = ev["group"] if by == "group" else (ev["country"] or "")
        for month, share in _month_shares(ev["start"], ev["end"]):
            row = rows.setdefault((month, key), {"month": month, by: key, "low": 0.0, "high": 0.0, "events": 0})
            row["events"] += 1
            row["low"] += (ev["low"] or 0) * share
            if row["high"] is not None:
                row["high"] = None if ev["high"] is None else row["high"] + ev["high"] * share
    out = []
    for _, row in sorted(rows.items()):
        row["low"] = round(row["low"], 2)
        row["high"] = None if row["high"] is None else round(row["high"], 2)
        out.append(row)
    return out


def _event_from_members(event_id: str, members: list[dict], event=None) -> dict:
    """One event's month span and figure band, from its claims (and its Event when known)."""
    from awol.reconcile.combine import combine

    comb = combine(members) if event is None else event
    if comb.low is not None or comb.high is not None or not comb.conflict:
        low, high = comb.low, comb.high
    else:
        counted = [c["count"] for c in members if c.get("count")]
        low = min((c.get("low") or 0) for c in counted) if counted else None
        high = None if any(c.get("high") is None for c in counted) else max(c["high"] for c in counted)
    starts = [_parse_day((c.get("period") or {}).get("start")) for c in members]
    ends = [_parse_day((c.get("period") or {}).get("end"), end=True) for c in members]
    pubs = [_parse_day(c.get("published")) for c in members]
    starts = [d for d in starts if d]
    ends = [d for d in ends if d]
    pubs = [d for d in pubs if d]
    if starts and ends:
        start, end = min(starts), max(ends)
    elif pubs:
        first = min(pubs)
        start = end = first
    else:
        start = end = None
    group = event.group if event is not None else sorted(c.get("group") or "" for c in members)[0]
    country = event.group_country if event is not None else next(
        (c.get("group_country") for c in members if c.get("group_country")), None
    )
    return {"id": event_id, "group": group, "country": country, "low": low, "high": high, "start": start, "end": end}
