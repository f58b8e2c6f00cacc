"""What one sentence holds for the claim rules: its triggers, figures, groups, times and places."""

from __future__ import annotations

from collections.abc import Callable
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
    peacekeepers: list = field(default_factory=list)  # peacekeeping forces named: no one leaves them here
    find_times: Callable[[], list] | None = field(default=None, repr=False)
    find_places: Callable[[], list] | None = field(default=None, repr=False)
    attribution: Attribution | None = None
    hedged: bool = False
    evidence_end: int | None = None
    continuation: bool = False
    _times: list | None = field(default=None, repr=False)
    _places: list | None = field(default=None, repr=False)

    @property
    def times(self) -> list:
        """The sentence's time expressions, found on first need: most trigger sentences give no claim."""
        if self._times is None:
            self._times = self.find_times() if self.find_times else []
        return self._times

    @property
    def places(self) -> list:
        if self._places is None:
            self._places = self.find_places() if self.find_places else []
        return self._places


def tok_at(doc, char: int) -> int:
    """Index of the token containing (or right after) a character offset."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else len(doc) - 1
