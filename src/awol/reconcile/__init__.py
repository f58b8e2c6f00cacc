"""Reconcile: group claims that report the same thing into events; derived figures."""

from awol.reconcile.combine import Combined, combine
from awol.reconcile.derived import (
    Interval,
    attrition,
    monthly_series,
    non_return_rate,
    shortfall,
    shortfall_share,
)
from awol.reconcile.events import Event, ReconcileResult, reconcile
from awol.reconcile.evaluate import bcubed
from awol.reconcile.syndication import syndicated_clusters

__all__ = [
    "Combined", "Event", "Interval", "ReconcileResult", "attrition", "bcubed", "combine",
    "monthly_series", "non_return_rate", "reconcile", "shortfall", "shortfall_share",
    "syndicated_clusters",
]
