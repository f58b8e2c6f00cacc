"""Acronyms a report spells out as something other than the armed group they usually name.

"the Social Democratic Front (SDF)" in a Cameroonian story is an opposition party, not
Syria's SDF; "the People's Democratic Front (PDF)" is not Myanmar's People's Defence Force.
A report that spells an acronym out says what it means there, and that wins over the registry.
"""

from __future__ import annotations

import re

from awol.normalize.countries import fold_key

# 'Social Democratic Front (SDF)': up to eight capitalised words (with the small words of names
# between them) and the acronym in parentheses right after.
_SPELLED_OUT = re.compile(
    r"((?:[A-Z][\w'’-]*\s+(?:(?:of|the|for|and|de|du|des|la|le|el|al)\s+)*){1,8})\(([A-Z][A-Za-z]{1,7})\)")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_SMALL = frozenset({"of", "the", "for", "and", "de", "du", "des", "la", "le", "el", "al"})


def redefined(text: str, registry) -> frozenset[str]:
    """The acronyms `text` spells out as a name that is not the registry group the acronym
    names: the long form's initials give the acronym, the registry finds no group in the long
    form, and the long form shares fewer than half its words with every name of that group (a
    translated name, 'Forces Démocratiques de Libération du Rwanda (FDLR)', shares enough)."""
    out = set()
    if not _ACRONYM.search(text):
        return frozenset()  # each match ends in one; this regex, with a literal first, is quick to search
    for m in _SPELLED_OUT.finditer(text):
        long, acronym = m.group(1).strip(), m.group(2)
        words = [w for w in long.split() if w.lower() not in _SMALL]
        initials = "".join(w[0] for w in words).upper()
        if not initials.endswith(acronym.upper()):
            continue
        words = words[len(initials) - len(acronym):]
        meant = [g for g in registry.find(acronym) if g.entry is not None and not g.generic]
        if not meant or any(g.entry is not None for g in registry.find(" ".join(words))):
            continue
        if not any(_shares_words(words, form) for g in meant for form in g.entry.forms):
            out.add(acronym)
    return frozenset(out)


def _shares_words(words: list[str], form: str) -> bool:
    mine = {fold_key(w) for w in words}
    theirs = {fold_key(w) for w in form.split() if w.lower() not in _SMALL}
    return len(mine & theirs) * 2 >= len(mine)
