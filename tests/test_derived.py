"""Derived figures with interval arithmetic: the battalion example and open ends."""

from __future__ import annotations

import pytest

from awol.reconcile import Interval, attrition, monthly_series, non_return_rate, shortfall, shortfall_share

I = Interval


@pytest.mark.parametrize(
    ("func", "a", "b", "low", "high"),
    [
        # The battalion: 400 total, nearly 70 deserted (63..69), 170 required, 130 deployed; 200 on leave, 110 back.
        (attrition, I(63, 69), I(400, 400), 63 / 400, 69 / 400),
        (shortfall, I(130, 130), I(170, 170), 40, 40),
        (shortfall_share, I(130, 130), I(170, 170), 40 / 170, 40 / 170),
        (non_return_rate, I(200, 200), I(110, 110), 0.45, 0.45),
        # Uncertain inputs widen the result.
        (attrition, I(63, 69), I(360, 440), 63 / 440, 69 / 360),
        (shortfall, I(120, 140), I(170, 180), 30, 60),
        (non_return_rate, I(180, 220), I(110, 110), 1 - 110 / 180, 1 - 110 / 220),
        # Open ends: "more than 100" left of 400 at most 1; "up to 50" back of 200 at least 0.75 stayed away.
        (attrition, I(101, None), I(400, 400), 101 / 400, 1.0),
        (non_return_rate, I(200, 200), I(None, 50), 0.75, 1.0),
        (attrition, I(63, 69), I(None, None), 0.0, 1.0),
        (shortfall, I(130, None), I(170, 170), None, 40),
    ],
)
def test_interval_arithmetic(func, a, b, low, high):
    got = func(a, b)
    assert got.low == pytest.approx(low) if low is not None else got.low is None
    assert got.high == pytest.approx(high) if high is not None else got.high is None


def test_interval_reads_counts_and_prints_compactly():
    assert Interval.of({"low": 101, "high": None}) == I(101, None)
    assert Interval.of(None) == I(None, None)
    assert str(I(40, 40)) == "40"
    assert str(I(20, 99)) == "20..99"
    assert str(I(101, None)) == "101.."


def _claim(cid, group, published, count, period=None, kind="desertion", country="UA", source="x"):
    return {
        "claim_id": cid, "doc_id": cid, "doc_hash": cid, "published": published, "kind": kind, "group": group,
        "group_country": country, "measure": None, "count": {"low": count[0], "high": count[1]} if count else None,
        "period": {"start": period[0], "end": period[1]} if period else None, "origin": [], "destination": [],
        "source": source, "source_type": "government", "status": "asserted",
    }


def test_monthly_series_counts_an_event_once_and_spreads_periods():
    claims = [
        # One defection, reported twice: counted once (combined 36..44 with 40 -> 40).
        _claim("a", "Armed Forces of Ukraine", "2024-03-04", (40, 40), ("2024-03-03", "2024-03-03")),
        _claim("b", "Armed Forces of Ukraine", "2024-03-05", (36, 44), source="y"),
        # A two-month statistic: half in each month.
        _claim("c", "Russian Armed Forces", "2024-05-01", (600, 800), ("2024-03-01", "2024-04-30"), country="RU"),
        # Not a departure.
        _claim("d", "Armed Forces of Ukraine", "2024-03-06", (15, 15), kind="return"),
    ]
    rows = monthly_series(claims)
    by_key = {(r["month"], r["group"]): r for r in rows}
    assert by_key[("2024-03", "Armed Forces of Ukraine")] == {
        "month": "2024-03", "group": "Armed Forces of Ukraine", "low": 40.0, "high": 40.0, "events": 1}
    march_ru = by_key[("2024-03", "Russian Armed Forces")]
    assert (march_ru["low"], march_ru["high"]) == pytest.approx((600 * 31 / 61, 800 * 31 / 61), abs=0.01)
    assert len(rows) == 3
    by_country = monthly_series(claims, by="country")
    assert {r["country"] for r in by_country} == {"UA", "RU"}


def test_monthly_series_open_high_end_and_event_ids():
    claims = [
        _claim("a", "Boko Haram", "2021-08-23", (1001, None), country="NG"),
        _claim("b", "Boko Haram", "2021-08-24", (20, 99), country="NG"),
    ]
    claims[0]["event_id"] = "e1"
    claims[1]["event_id"] = "e2"
    (row,) = monthly_series(claims)
    assert row["events"] == 2
    assert row["low"] == 1021
    assert row["high"] is None


def test_monthly_series_rejects_unknown_key():
    with pytest.raises(ValueError, match="by='unit'"):
        monthly_series([], by="unit")
