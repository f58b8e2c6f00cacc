"""Why people leave, as the document says it (SCHEMA drivers).

A driver word counts only in a sentence that speaks of leaving or gives a
reason, so that 'pay' in a budget paragraph does not make a driver.
"""

from __future__ import annotations

from awol.extract.lexicon import lexicon
from awol.model import DRIVERS


def drivers_of(sents, triggers_by_sent: dict[int, list]) -> list[str]:
    lex = lexicon()
    found: list[str] = []
    for k, sent in enumerate(sents):
        words = {t.lower_ for t in sent}
        if k not in triggers_by_sent and not (words & lex.reason_markers):
            continue
        for name in DRIVERS:
            regex = lex.drivers.get(name)
            if regex is not None and name not in found and regex.search(sent.text):
                found.append(name)
    return found
