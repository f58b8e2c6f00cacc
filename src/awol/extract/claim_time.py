"""When a claim's people left: the time phrase of its sentence that goes with its figure."""

from __future__ import annotations

import re

from spacy.tokens import Span

from awol.extract.found import Found, tok_at as _tok_at
from awol.extract.lexicon import words

WORDS = words()

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_REACHING = WORDS["reaching"]
_COMPARED = WORDS["comparison_words"]
_CHANGE = WORDS["change_words"]
DATELINE_END = {"-", "—", "–", "--", "––"}  # what ends a dateline: 'KYIV, Nov 20 (Reuters) -'


def period_for(found: Found, tok: int):
    """The time phrase of a claim: the nearest one that does not date a statement,
    and not one that another figure stands closer to ('2,300 since January, and 7,400 since mobilisation')."""
    doc = found.sent.doc
    figures = [_tok_at(doc, q.start) for q in found.quantities]
    best, best_d = None, 10**9
    for m in found.times:
        if m.speech_dated or _ISO_DAY.fullmatch(m.text.strip()):
            continue  # an ISO date in running text is a dateline stamp, not when they left
        mt, me = _tok_at(doc, m.start), _tok_at(doc, m.end - 1)
        if _in_dateline(found.sent, mt):
            continue  # 'KYIV, Nov 20 (Reuters) -': the day of the report
        that = next((k for k in range(mt, tok) if doc[k].lower_ == "that"), None) if mt < tok else None
        if that is not None and m.period and m.period[0] == m.period[1] and not any(mt <= t[1] < that for t in found.triggers):
            continue  # 'admitted on Monday that a soldier had defected': the day dates the statement
        d = abs(mt - tok)
        lo, hi = sorted((mt, tok))
        if any(lo < f < hi and f != tok for f in figures):
            d += 40
        elif tok in figures and any(_gap(doc, f, mt, me) < _gap(doc, tok, mt, me) for f in figures if f != tok):
            d += 20  # 'in 2024 there were 9,120, and in 2023 — 4,310': a time goes with the figure nearest it
        if mt < tok and any(doc[k].text in {",", ";"} and doc[k + 1].lower_ in _REACHING for k in range(lo, hi)):
            continue  # a running total has its own time: '... this week, bringing to 87 those who yielded'
        if mt > tok and any(tok < f < mt <= f + 3 and doc[f - 1].lower_ in {"including", "among"} for f in figures):
            continue  # '85 have fled, including 11 in the past month': the time of the part
        if mt > tok and any(tok < f < mt and _compared(doc, f) for f in figures):
            continue  # '8,000 fighters, down from about 17,000 in 2002': the time of the earlier figure
        if d < best_d:
            best, best_d = m, d
    return best


def _compared(doc, f: int) -> bool:
    """A figure given for comparison: 'down from 17,000', 'compared with 11.2'."""
    before = {t.lower_ for t in doc[max(0, f - 3):f]}
    return bool(before & _COMPARED) or "from" in before and bool(before & _CHANGE or doc[f - 1].lower_ == "from"
                                                                  or doc[f - 2].lower_ == "from")


def _gap(doc, tok: int, start: int, end: int) -> int:
    """Tokens between `tok` and the phrase from `start` to `end`, a comma or semicolon counting three
    ('four others surrendered on May 30, two on May 12': the date is nearer its own clause's figure)."""
    lo, hi = (tok + 1, start) if tok < start else (end + 1, tok)
    return max(0, hi - lo + 1) + 2 * sum(doc[k].text in {",", ";"} for k in range(lo, hi))


def _in_dateline(sent: Span, tok: int) -> bool:
    """A token of a dateline that opens the sentence: 'KYIV, Nov 20 (Reuters) -', 'GAO, Mali, May 3 --'."""
    doc = sent.doc
    first = doc[sent.start].text
    if not (first.isupper() and len(first) > 1):
        return False  # 'KYIV', "N'DJAMENA"
    return any(doc[k].text in DATELINE_END for k in range(tok + 1, min(sent.end, sent.start + 14)))
