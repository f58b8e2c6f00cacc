"""Combination: one estimate from the figures of one event, or a conflict shown whole.

The rules (docs/reconcile.md states them for analysts):

1. Only members with a count take part; a claim with no figure ("many") adds
   a source, not a number.
2. Agreement: when all intervals share a point, the estimate is their
   intersection: the highest low and the lowest high. An open end (None)
   constrains nothing on its side: 101..None and 150..200 give 150..200;
   101..None alone stays 101..None; up to 50 (None..50) and 20..99 give 20..50.
3. Running total: when the intervals do not all overlap, but every
   disagreement is a later figure above an earlier one (dated by period end,
   else publication; figures of the same day must overlap), the figures are a
   total that grew over the days ("40 defected" on Monday, "55" by Thursday).
   Totals do not shrink, so the estimate is the latest day's intersection,
   raised to the highest low reported. Not a conflict; the note says so.
4. Conflict: otherwise the event is flagged, no estimate is given (low and high
   None), and the note shows both sides: the figures lying wholly below the
   highest low, and those wholly above the lowest high, each with its words,
   interval and source ("tens" 20..99 from the Iraqi Ministry of Defence
   against "more than 100" 101.. from a member).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from awol.reconcile.derived import Interval, _parse_day


@dataclass
class Combined:
    low: int | None
    high: int | None
    conflict: bool
    note: str
    running_total: bool = False


def intersect(intervals: list[Interval]) -> Interval | None:
    """The common part of the intervals, or None when they do not all overlap."""
    lows = [i.low for i in intervals if i.low is not None]
    highs = [i.high for i in intervals if i.high is not None]
    low = max(lows) if lows else None
    high = min(highs) if highs else None
    if low is not None and high is not None and low > high:
        return None
    return Interval(low, high)


def _as_of(claim: dict) -> date | None:
    """The day a figure describes: its period's end, else its publication day."""
    period = claim.get("period") or {}
    return _parse_day(period.get("end"), end=True) or _parse_day(claim.get("published"), end=True)


def _describe(claim: dict, label: str) -> str:
    iv = Interval.of_claim(claim)
    words = claim.get("count_text")
    shown = f'"{words}" ({iv})' if words else str(iv)
    status = ", unverified" if claim.get("status") == "unverified" else ""
    return f"{shown} from {label}{status}"


def combine(claims: list[dict], labels: dict[str, str] | None = None) -> Combined:
    """Combine the figures of one event's claims (rules in the module docstring).

    `labels` names each claim's source for the note (claim_id -> label); by
    default the claim's `source`, else its `source_type`.
    """
    labels = labels or {}

    def label(c: dict) -> str:
        if c.get("claim_id") in labels:
            return labels[c["claim_id"]]
        src, st = c.get("source"), c.get("source_type") or "publisher"
        return f"{src} ({st})" if src else st

    counted = sorted(
        (c for c in claims if c.get("count") and (c["count"].get("low") is not None or c["count"].get("high") is not None)),
        key=lambda c: (_as_of(c) or date.min, str(c.get("claim_id"))),
    )
    if not counted:
        return Combined(None, None, False, "no figures reported")
    intervals = [Interval.of_claim(c) if len(counted) > 1 else Interval.of(c["count"]) for c in counted]
    common = intersect(intervals)
    if common is not None:
        note = f"{len(counted)} figure(s) agree on {common}" if len(counted) > 1 else f"one figure: {_describe(counted[0], label(counted[0]))}"
        return Combined(_int(common.low), _int(common.high), False, note)

    grown = _running_total(counted)
    if grown is not None:
        steps = " -> ".join(f"{_describe(c, label(c))} as of {_as_of(c)}" for c in counted)
        return Combined(_int(grown.low), _int(grown.high), False, f"running total grew: {steps}; latest taken: {grown}", True)

    top_low = max(i.low for i in intervals if i.low is not None)
    min_high = min(i.high for i in intervals if i.high is not None)
    low_side = [c for c, i in zip(counted, intervals) if i.high is not None and i.high < top_low]
    high_side = [c for c, i in zip(counted, intervals) if i.low is not None and i.low > min_high]
    note = (
        "conflict: "
        + "; ".join(_describe(c, label(c)) for c in low_side)
        + " against "
        + "; ".join(_describe(c, label(c)) for c in high_side)
    )
    return Combined(None, None, True, note)


def _running_total(counted: list[dict]) -> Interval | None:
    """The latest total when every disagreement is a later figure above an earlier one."""
    by_day: dict[date, list[Interval]] = {}
    for c in counted:
        day = _as_of(c)
        if day is None:
            return None
        by_day.setdefault(day, []).append(Interval.of_claim(c))
    if len(by_day) < 2:
        return None
    days = sorted(by_day)
    per_day = []
    for day in days:
        common = intersect(by_day[day])
        if common is None:
            return None
        per_day.append(common)
    highest_low: float | None = None
    for iv in per_day:
        if highest_low is not None and iv.high is not None and iv.high < highest_low:
            return None
        if iv.low is not None:
            highest_low = iv.low if highest_low is None else max(highest_low, iv.low)
    last = per_day[-1]
    low = highest_low if last.low is None else max(last.low, highest_low or last.low)
    return Interval(low, last.high)


def _int(v: float | None) -> int | None:
    return None if v is None else int(v)
