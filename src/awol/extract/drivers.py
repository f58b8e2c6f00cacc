"""Why people leave, as the document says it (SCHEMA drivers).

A driver word counts only in a sentence that speaks of leaving or gives a
reason, so that 'pay' in a budget paragraph does not make a driver.
"""

from __future__ import annotations

from awol.extract.lexicon import lexicon
from awol.extract.sentences import span_text
from awol.model import DRIVERS


def drivers_of(sents, triggers_by_sent: dict[int, list], lowers: list[str]) -> list[str]:
    """`lowers` are the document's lower-cased tokens (reading them from Token objects is slow)."""
    lex = lexicon()
    found: list[str] = []
    for k, sent in enumerate(sents):
        if k not in triggers_by_sent and lex.reason_markers.isdisjoint(lowers[sent.start:sent.end]):
            continue
        held = lex.drivers.matching(span_text(sent))
        found += [name for name in DRIVERS if name in held and name not in found]
    return found
