"""What one sentence holds for the claim rules: its triggers, figures, groups, times and places."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from awol.extract.attribution import Attribution


@dataclass
class Found:
    """What the sentence holds, in document character offsets."""

    sent: Span
    triggers: list[tuple[str, int, int]]  # (kind, token start, token end)
    quantities: list = field(default_factory=list)  # (start, end, Quantity)
    groups: list = field(default_factory=list)  # GroupMention with doc offsets via .start/.end shifted
    speaker_groups: list = field(default_factory=list)  # those named in the speaker phrase ('FSA officials said')
    times: list = field(default_factory=list)
    places: list = field(default_factory=list)
    attribution: Attribution | None = None
    hedged: bool = False
    evidence_end: int | None = None
    continuation: bool = False


def tok_at(doc, char: int) -> int:
    """Index of the token containing (or right after) a character offset."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc) - 1
