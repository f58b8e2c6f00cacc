"""The data that flows between stages: documents in, claims out.

Field names follow ../shared/SCHEMA.md (the contract); `to_schema()` gives the
exact JSON shape the scorer reads. Claims also carry what makes them traceable:
the evidence's character offsets in the document and the rule that made them.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cached_property

KINDS = ("desertion", "defection", "emigration", "return", "strength")
MEASURES = ("total", "remaining", "required", "deployed")
SOURCE_TYPES = (
    "publisher", "government", "military", "armed_group", "international_org",
    "ngo", "media", "member", "expert", "other",
)
STATUSES = ("asserted", "unverified")
DRIVERS = (
    "pay", "corruption", "casualties", "abandonment", "conditions", "morale",
    "enemy_pressure", "sectarianism", "economy", "politics", "coercion",
    "prospects_abroad",
)

def normalized(text: str) -> str:
    """The text in NFC with each run of whitespace one space: what makes two copies the same article.

    The same as `" ".join(text.split())`, which builds a string per word. Every whitespace character
    but the space is unprintable, so a text printable once its newlines are spaces (most articles)
    needs only its runs of spaces collapsed, which a few replacements do several times faster (every
    article is hashed, relevant or not)."""
    text = unicodedata.normalize("NFC", text)
    flat = text.replace("\n", " ")
    if not flat.isprintable():
        return " ".join(text.split())
    while "  " in flat:
        flat = flat.replace("  ", " ")
    return flat.strip(" ")


def content_hash(text: str) -> str:
    """Hash of the text with whitespace and Unicode form normalised, so that the
    same article saved twice (or re-encoded) is one document."""
    return hashlib.sha256(normalized(text).encode("utf-8")).hexdigest()


@dataclass
class Document:
    """One article. `published` is kept as given: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or None."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    path: str | None = None

    @cached_property
    def hash(self) -> str:
        return content_hash(self.text)

    @property
    def published_date(self) -> date | None:
        """The publication day when it is a full date; relative times resolve only then."""
        if not self.published or len(self.published) != 10:
            return None
        try:
            return date.fromisoformat(self.published)
        except ValueError:
            return None


@dataclass
class Count:
    low: int | None
    high: int | None


@dataclass
class Period:
    start: str  # ISO date
    end: str


@dataclass
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_schema(self) -> dict:
        return {"name": self.name, "country": self.country}


@dataclass
class Claim:
    """One assertion that a group of people left, returned, or numbered so many."""

    kind: str
    group: str
    group_mention: str
    evidence: str
    group_country: str | None = None
    measure: str | None = None
    count: Count | None = None
    count_text: str | None = None
    period: Period | None = None
    period_text: str | None = None
    origin: list[Place] = field(default_factory=list)
    destination: list[Place] = field(default_factory=list)
    to_group: str | None = None
    source: str | None = None
    source_type: str = "publisher"
    status: str = "asserted"
    # Traceability (not part of the SCHEMA line).
    evidence_start: int | None = None
    evidence_end: int | None = None
    rule: str | None = None

    def to_schema(self) -> dict:
        """The claim object exactly as SCHEMA.md lays it out."""
        return {
            "kind": self.kind,
            "measure": self.measure,
            "group": self.group,
            "group_mention": self.group_mention,
            "group_country": self.group_country,
            "count": asdict(self.count) if self.count else None,
            "count_text": self.count_text,
            "period": asdict(self.period) if self.period else None,
            "period_text": self.period_text,
            "origin": [p.to_schema() for p in self.origin],
            "destination": [p.to_schema() for p in self.destination],
            "to_group": self.to_group,
            "source": self.source,
            "source_type": self.source_type,
            "status": self.status,
            "evidence": self.evidence,
        }

    def to_record(self) -> dict:
        """Every field, traceability included (for the store and exports)."""
        rec = self.to_schema()
        rec["origin"] = [asdict(p) for p in self.origin]
        rec["destination"] = [asdict(p) for p in self.destination]
        rec.update(evidence_start=self.evidence_start, evidence_end=self.evidence_end, rule=self.rule)
        return rec


@dataclass
class DocResult:
    """What extraction makes of one document: one SCHEMA line."""

    doc_id: str
    published: str | None
    claims: list[Claim] = field(default_factory=list)
    drivers: list[str] = field(default_factory=list)
    doc_hash: str | None = None

    def to_schema(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "published": self.published,
            "claims": [c.to_schema() for c in self.claims],
            "drivers": list(self.drivers),
        }
