"""Derived figures shown on a group's page, from its events and claims.

Each figure is an interval (awol.reconcile.derived keeps the uncertainty of
the reported figures) and is given only when its inputs were reported; the
text says what went into it, so an analyst can check it against the claims.
"""

from __future__ import annotations

from awol.reconcile.derived import (
    DEPARTURE_KINDS,
    Interval,
    attrition,
    non_return_rate,
    shortfall,
)


def _sum(events: list[dict]) -> Interval:
    low, high = 0, 0
    for ev in events:
        low += ev.get("low") or 0
        high = None if high is None or ev.get("high") is None else high + ev["high"]
    return Interval(low, high)


def _latest(claims: list[dict], measure: str) -> dict | None:
    found = [c for c in claims if c["kind"] == "strength" and c.get("measure") == measure and c.get("count")]
    if not found:
        return None
    return max(found, key=lambda c: ((c.get("period") or {}).get("end") or c.get("published") or "", c["claim_id"]))


def _count(text: str | None, iv: Interval) -> str:
    return str(iv) if text is None else f"{text} ({iv})"


def _share(iv: Interval) -> str:
    def pct(v: float | None) -> str:
        return "?" if v is None else f"{v * 100:.1f}%"

    if iv.low is not None and iv.low == iv.high:
        return pct(iv.low)
    return f"{pct(iv.low)} to {pct(iv.high)}"


def group_figures(events: list[dict], claims: list[dict]) -> list[dict]:
    """[{name, value, basis}] for the group: departures, attrition, not returned, shortfall."""
    out: list[dict] = []
    departures = [e for e in events if e["kind"] in DEPARTURE_KINDS]
    left = _sum(departures)
    if departures:
        out.append({"name": "departures reported", "value": str(left),
                    "basis": f"sum of {len(departures)} desertion/defection event(s), each counted once"})
    total = _latest(claims, "total")
    if departures and total:
        strength = Interval.of(total["count"])
        out.append({"name": "attrition", "value": _share(attrition(left, strength)),
                    "basis": f"departures over the latest reported total strength, "
                             f"{_count(total.get('count_text'), strength)} ({total['doc_id']})"})
    deserted = _sum([e for e in events if e["kind"] == "desertion"])
    returns = [e for e in events if e["kind"] == "return"]
    if returns and any(e["kind"] == "desertion" for e in events):
        out.append({"name": "deserters not returned", "value": _share(non_return_rate(deserted, _sum(returns))),
                    "basis": f"1 - returns ({_sum(returns)}) over desertions ({deserted})"})
    required, deployed = _latest(claims, "required"), _latest(claims, "deployed")
    if required and deployed:
        need, have = Interval.of(required["count"]), Interval.of(deployed["count"])
        out.append({"name": "shortfall", "value": str(shortfall(have, need)),
                    "basis": f"required {_count(required.get('count_text'), need)} minus deployed "
                             f"{_count(deployed.get('count_text'), have)}"})
    return out
