"""Document-level rules: which of a document's sentence claims stand.

The sentence rules see one sentence at a time; these see the whole document:
a headline the body restates, emigration and stock figures that count only
beside claims about a force, one claim for an assertion made twice, and a
follow-on sentence folded into the claim it continues.
"""

from __future__ import annotations

import re

from awol.extract.lexicon import words
from awol.extract.sentences import span_text, text_of
from awol.model import Claim, Count

_FINAL_PUNCT = tuple(".!?”\"’'")
LONE_RESIGNATION = ":lone-resignation"  # the rule mark of one member's unforced resignation
_LEAVING = {"desertion", "defection"}
_UNITS = frozenset(words()["unit_nouns"]) - {"army", "force"}
_WORD = re.compile(r"[a-z]+")


def keep(claims: list[tuple[int, Claim]], sents, registry) -> list[Claim]:
    """The claims that stand, in order, from (sentence index, claim) pairs: headlines restated
    in the body, emigration, strength and one member's resignation only beside force claims, one claim
    per identical assertion."""
    lone = {id(c) for _, c in claims if (c.rule or "").endswith(LONE_RESIGNATION)}
    force = [c for _, c in claims if c.kind in ("desertion", "defection", "return") and id(c) not in lone]
    claims = [(k, c) for k, c in claims if id(c) not in lone or force]  # one resignation alone is a discharge
    out: list[Claim] = []
    sentence_of: dict[int, int] = {}
    seen: set[tuple] = set()
    force_groups = {c.group for c in force}
    for k, c in claims:
        if c.kind in ("emigration", "strength") and not force:
            continue
        if c.kind == "strength" and c.group not in force_groups:
            kin = _kin_force(c.group, force_groups, registry)
            left = _taker_unnamed(c, force, registry)
            if kin is not None:
                c.group = kin  # the PLGA's cadres beside Maoists who surrender: the stock of the force they leave
            elif left is not None:
                c.group = left  # 'the battalion had 140 soldiers' after its men went over to a rebel army
            elif not _same_state(c, force, registry):
                continue  # a stock figure counts only for a population the report says is leaving
        line = span_text(sents[k]).rstrip()
        headline = not line.endswith(_FINAL_PUNCT) and (k < 4 or len(line.split()) < 12)
        if headline and (c.count is None or any(
                o is not c and o.kind == c.kind and _overlaps(o.count, c.count) for _, o in claims)):
            continue  # a headline restated by the body
        key = (c.kind, c.group, c.count.low if c.count else None, c.count.high if c.count else None,
               c.evidence_start, None if c.count else c.count_text)  # two rates in one sentence are two claims
        if key in seen or any(_restates(c, o) or _one_person_twice(c, o) for o in out):
            continue
        if _the_one_again(c) and any(o.group == c.group and o.count is not None and (o.count.low, o.count.high) == (1, 1)
                                     and o.kind in ("desertion", "defection") for o in out):
            continue  # 'it turned out that the soldier had deserted': the one reported before
        if c.count is None and not c.count_text and _the_leavers_again(c) and any(
                o.kind == c.kind or {o.kind, c.kind} <= _LEAVING for o in out):
            continue  # 'the defectors have taken advantage of the amnesty': those reported before (as deserters too)
        earlier = [o for o in out if o.kind == c.kind and o.group == c.group]
        same = [o for o in earlier if sentence_of.get(id(o)) == k - 1 and _same_person(o, c)]
        if same:
            fold(same[-1], c, text_of(sents[k].doc))
            continue  # 'General Kemal Gelchu defected ... Kemal Gelchu escaped to Eritrea': one person, one claim
        if not earlier and c.count is None and (c.rule or "").endswith(":definite") \
                and (registry.get(c.group) is None or _unnamed(c, registry)):
            # 'The fighters turned themselves in ...' after a claim about a named group of that country
            earlier = [o for o in out if o.kind == c.kind and o.group_country == c.group_country
                       and sentence_of.get(id(o)) == k - 1]
        if c.count is None and any((not _adds(c, o) and not c.count_text) or (c.rule or "").endswith(":definite")
                                   for o in earlier):
            # Restates an earlier claim ('The fighters turned themselves in to officials in Bali.'):
            # right after it, its time, places and source complete that claim. A vague figure
            # ('Many soldiers who left ...') is a figure of its own, so that claim stands.
            prev = [o for o in earlier if sentence_of.get(id(o)) == k - 1]
            if prev:
                fold(prev[-1], c, text_of(sents[k].doc))
            continue
        seen.add(key)
        sentence_of[id(c)] = k
        out.append(c)
    return out


def _unnamed(claim: Claim, registry) -> bool:
    """'the repentant terrorists': a definite phrase that names no group, so its group was inferred."""
    m = registry.resolve(claim.group_mention or "")
    return m is None or m.entry is None


def _kin_force(group: str, force_groups: set[str], registry) -> str | None:
    """The force of the leaving claims that `group` is the armed wing or unit of, or the parent of."""
    entry = registry.get(group)
    if entry is None:
        return None
    if entry.parent in force_groups:
        return entry.parent
    return next((g for g in sorted(force_groups) if (e := registry.get(g)) is not None and e.parent == group), None)


def _taker_unnamed(claim: Claim, force: list[Claim], registry) -> str | None:
    """The force that men left for `claim`'s group, where the stock names neither that group nor any but
    the unit they left ('the battalion had 140 soldiers' after men of a battalion went over to a rebel army)."""
    m = registry.resolve(claim.group_mention or "")
    if m is not None and m.entry is not None:
        return None
    units = _UNITS & set(_WORD.findall((claim.evidence or "").lower()))
    return next((f.group for f in reversed(force) if f.to_group == claim.group
                 and units & set(_WORD.findall((f.evidence or "").lower()))), None)


def _same_state(claim: Claim, force: list[Claim], registry) -> bool:
    """A stock of a state's forces beside claims about that state's forces ('the security force
    numbers tens of thousands' beside soldiers leaving the army)."""
    entry = registry.get(claim.group)
    if entry is None or not entry.is_state:
        return False
    return any(f.group_country == claim.group_country and (e := registry.get(f.group)) is not None
               and e.is_state for f in force)


def fold(into: Claim, follow: Claim, text: str) -> None:
    """Fold a follow-on sentence into the claim it continues (the evidence grows to two sentences)."""
    if into.evidence_start is not None and follow.evidence_end is not None:
        into.evidence_end = max(into.evidence_end or 0, follow.evidence_end)
        into.evidence = text[into.evidence_start:into.evidence_end]
    _complete(into, follow)
    into.rule = (into.rule or "") + "+folded"


def absorb(figure: Claim, earlier: Claim, text: str) -> None:
    """A figure given right after a figure-less claim takes that claim's sentence into its evidence,
    and its time, places and source where it has none of its own."""
    if earlier.evidence_start is not None and figure.evidence_end is not None:
        figure.evidence_start = min(figure.evidence_start, earlier.evidence_start)
        figure.evidence = text[figure.evidence_start:figure.evidence_end]
    _complete(figure, earlier)
    figure.rule = (figure.rule or "") + "+absorbed"


def _complete(into: Claim, other: Claim) -> None:
    """Fill the time, places and source a claim lacks from the other sentence of the same claim."""
    into.period = into.period or other.period
    into.period_text = into.period_text or other.period_text
    for attr in ("origin", "destination"):
        names = {p.name for p in getattr(into, attr)}
        getattr(into, attr).extend(p for p in getattr(other, attr) if p.name not in names)
    if into.source_type == "publisher" and other.source_type != "publisher":
        into.source, into.source_type = other.source, other.source_type


def _overlaps(a: Count | None, b: Count | None) -> bool:
    """Could the two counts be the same figure? Open ranges ('more than 4,500', 'more than 270,000')
    overlap anything above them, so their known ends must also be near each other."""
    if a is None or b is None:
        return False
    lo = max(a.low if a.low is not None else 0, b.low if b.low is not None else 0)
    hi = min(a.high if a.high is not None else 10**12, b.high if b.high is not None else 10**12)
    if lo > hi:
        return False
    if None in (a.high, b.high) and a.low is not None and b.low is not None:
        return abs(a.low - b.low) <= 0.2 * max(a.low, b.low)
    return True


_FULL_NAME = re.compile(r"(?=\b([A-Z][a-z]+ [A-Z][a-z]+)\b)")


def _same_person(a: Claim, b: Claim) -> bool:
    """Two claims about one person each that give the same full name ('Kemal Gelchu')."""
    if not (_one(a.count) and _one(b.count)):
        return False

    def names(c: Claim) -> set[str]:
        force = set(c.group.split())
        return {n for n in _FULL_NAME.findall(c.evidence) if not force & set(n.split()) and n not in (c.source or "")}

    return bool(names(a) & names(b))


def _one_person_twice(new: Claim, old: Claim) -> bool:
    """Two verbs of one sentence for the one person it is about ('he defected and joined the opposition')."""
    return new.evidence_start == old.evidence_start and new.kind == old.kind \
        and new.group_country == old.group_country and _one(new.count) and _one(old.count)


def _one(count: Count | None) -> bool:
    return count is not None and (count.low, count.high) == (1, 1)


def _the_one_again(c: Claim) -> bool:
    """A claim about one person named with 'the' ('the soldier', 'the deserter')."""
    mention = c.group_mention.lower()
    return (c.count is None or (c.count.low, c.count.high) == (1, 1)) and bool(mention) \
        and mention.split()[-1] in words()["singular_members"] and (mention.startswith("the ") or f"the {mention}" in c.evidence.lower())


def _the_leavers_again(c: Claim) -> bool:
    """A claim whose people are named by their leaving with 'the' ('the defectors', 'the deserters')."""
    mention = c.group_mention.lower()
    return bool(mention) and mention.split()[-1] in words()["nominal_triggers"] \
        and (mention.startswith("the ") or f"the {mention}" in c.evidence.lower())


def _restates(new: Claim, old: Claim) -> bool:
    """The same figure for the same group from the same kind of source, with no time or place of its
    own: the article repeating its lead ('more than 500 militants surrendered, an official said')."""
    return (new.count is not None and old.count is not None and new.kind == old.kind and new.group == old.group
            and (new.count.low, new.count.high) == (old.count.low, old.count.high)
            and new.source_type == old.source_type and not _adds(new, old))


def _adds(new: Claim, old: Claim) -> bool:
    """Does a figure-less claim add a time or place to an earlier one for the same group?"""
    if new.period and new.period != old.period:
        return True
    names = {p.name for p in old.origin + old.destination}
    return any(p.name not in names for p in new.origin + new.destination)
