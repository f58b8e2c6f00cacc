"""Cut a document's text into plain and highlighted segments.

Templates render each segment as escaped text (inside <mark> when it carries
claims), so article text never reaches the page as markup: highlighting is
done by splitting, never by inserting tags into the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Segment:
    text: str
    marks: list[int] = field(default_factory=list)  # indexes of the spans covering this segment
    starts: list[int] = field(default_factory=list)  # indexes of the spans that begin with it


def span_of(text: str, evidence: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """Where a claim's evidence lies in its document: its stored offsets when they
    point at the evidence, else the first place the evidence occurs, else the
    offsets as stored (the evidence may have been tidied), else None."""
    valid = start is not None and end is not None and 0 <= start < end <= len(text)
    if valid and (not evidence or text[start:end] == evidence):
        return start, end
    if evidence:
        at = text.find(evidence)
        if at >= 0:
            return at, at + len(evidence)
    return (start, end) if valid else None


def segments(text: str, spans: list[tuple[int, int] | None]) -> list[Segment]:
    """The text cut at every span boundary; each piece lists the spans covering it."""
    cuts = {0, len(text)}
    for span in spans:
        if span:
            cuts.update(span)
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    out: list[Segment] = []
    for a, b in zip(bounds, bounds[1:]):
        if a == b:
            continue
        marks = [i for i, span in enumerate(spans) if span and span[0] <= a and b <= span[1]]
        out.append(Segment(text[a:b], marks, [i for i in marks if spans[i][0] == a]))
    return out
