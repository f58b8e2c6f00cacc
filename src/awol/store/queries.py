"""Filters shared by `claims`, `events`, `stats` and `export`, turned into SQL.

A claim's time is its period; a claim with no period is dated by its
document's publication date. `since`/`until` keep what overlaps the range.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from awol.errors import StoreError
from awol.model import KINDS, SOURCE_TYPES


@dataclass(frozen=True)
class Filters:
    group: str | None = None
    country: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    source_type: str | None = None

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise StoreError(f"unknown kind {self.kind!r}; use one of {', '.join(KINDS)}")
        if self.source_type is not None and self.source_type not in SOURCE_TYPES:
            raise StoreError(f"unknown source type {self.source_type!r}; use one of {', '.join(SOURCE_TYPES)}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise StoreError(f"--{name} {value!r} is not a date; write it as YYYY-MM-DD") from None
        if self.country is not None:
            code = self.country.upper()
            if len(code) != 2 or not code.isascii() or not code.isalpha():
                # A country name would silently match nothing; say which code was meant.
                from awol.normalize.countries import country_code
                guess = country_code(self.country)
                hint = f"use {guess}" if guess else "use a two-letter code such as IQ"
                raise StoreError(f"--country {self.country!r} is not an ISO alpha-2 code; {hint}")
            object.__setattr__(self, "country", code)

    @classmethod
    def of(cls, **filters: str | None) -> "Filters":
        known = {f.name for f in fields(cls)}
        unknown = set(filters) - known
        if unknown:
            raise StoreError(f"unknown filter(s) {', '.join(sorted(unknown))}; use {', '.join(sorted(known))}")
        return cls(**filters)


def claim_where(f: Filters) -> tuple[str, list]:
    """WHERE clause over `claims c JOIN documents d`."""
    sql, args = [], []
    if f.group:
        sql.append('(lower(c."group") = lower(?) OR lower(c.group_mention) = lower(?))')
        args += [f.group, f.group]
    if f.country:
        sql.append("(c.group_country = ? OR EXISTS (SELECT 1 FROM claim_places cp JOIN places p "
                   "ON p.place_id = cp.place_id WHERE cp.claim_id = c.claim_id AND p.country = ?))")
        args += [f.country, f.country]
    if f.kind:
        sql.append("c.kind = ?")
        args.append(f.kind)
    if f.source_type:
        sql.append("c.source_type = ?")
        args.append(f.source_type)
    if f.since:
        sql.append("coalesce(c.period_end, d.published) >= ?")
        args.append(f.since)
    if f.until:
        # A partial date ('2015-09') sorts before its days; compare its prefix.
        sql.append("substr(coalesce(c.period_start, d.published), 1, 10) <= ?")
        args.append(f.until)
    return (" AND ".join(sql) or "1"), args


def event_where(f: Filters) -> tuple[str, list]:
    """WHERE clause over `events e`."""
    sql, args = [], []
    if f.group:
        sql.append('lower(e."group") = lower(?)')
        args.append(f.group)
    if f.country:
        sql.append("e.group_country = ?")
        args.append(f.country)
    if f.kind:
        sql.append("e.kind = ?")
        args.append(f.kind)
    if f.source_type:
        sql.append("EXISTS (SELECT 1 FROM event_claims ec JOIN claims c ON c.claim_id = ec.claim_id "
                   "WHERE ec.event_id = e.event_id AND c.source_type = ?)")
        args.append(f.source_type)
    # An event with no period is dated by the publication of its reports.
    published = ("(SELECT {agg}(d.published) FROM event_claims ec JOIN claims c ON c.claim_id = ec.claim_id "
                 "JOIN documents d ON d.doc_hash = c.doc_hash WHERE ec.event_id = e.event_id)")
    if f.since:
        sql.append(f"coalesce(e.period_end, {published.format(agg='max')}) >= ?")
        args.append(f.since)
    if f.until:
        sql.append(f"substr(coalesce(e.period_start, {published.format(agg='min')}), 1, 10) <= ?")
        args.append(f.until)
    return (" AND ".join(sql) or "1"), args
