"""Where leavers went and which side they joined: the sentence-level readings that turn a
leaving into a defection ('deserted and joined the rebels', 'returned to Tunisia') or into
no claim at all (a unit surrendering when its town fell)."""

from __future__ import annotations

from awol.extract import claims as C
from awol.extract.lexicon import words

WORDS = words()
_SAME_SUBJECT = WORDS["same_subject_links"]
_BATTLE = WORDS["battle_words"]
_BESIEGED = WORDS["besieged_words"]
_PART_SUBJECTS = WORDS["part_subjects"]
_ENTERED = WORDS["entering_verbs"]


def then_joined(found: C.Found, trig):
    """The 'joined the rebels' trigger that follows a leaving word with 'and': the same people, one defection."""
    doc = found.sent.doc
    for t in found.triggers:
        if t[0] == "defection" and trig[2] <= t[1] <= trig[2] + 8 and doc[t[1]].lower_.startswith("join") \
                and (any(x.lower_ == "and" for x in doc[trig[2]:t[1]]) or doc[t[1] - 1].lower_ == "to") \
                and not _figure_in(found, trig[2], t[1]) and not _part_subject(doc, trig[2], t[1]):
            return t  # 'deserted and joined the rebels', 'deserted to join the rebels'
        if t[0] == "defection" and trig[2] < t[1] <= trig[2] + 16 and _and_then(doc, trig[2], t[1], _dated(found)):
            return t  # 'had deserted (the group this year) and surrendered to troops': the same people, one defection
        if t[0] == "defection" and trig[2] < t[1] <= trig[2] + 10 and _and_entered(found, trig[2], t[1]):
            return t  # 'quit the fight and joined the government's reintegration programme'
    with_us = _now_with_us(doc, trig[2], found.sent.end)
    if with_us is not None and not _figure_in(found, trig[2], with_us):
        return ("defection", with_us, with_us + 1)  # '50 generals have left the army and most of them are with us now'
    named = {C._tok_at(doc, g.start) for g in found.groups if g.entry is not None and not g.generic}
    for k in range(trig[2], min(found.sent.end, trig[2] + 16)):
        if (doc[k].lower_ in {"joined", "joining"} and any(x.lower_ == "and" for x in doc[trig[2]:k])
                or doc[k].lower_ == "join" and doc[k - 1].lower_ == "to"
                or doc[k].lower_ == "joined" and doc[k - 1].lower_ in {"has", "have", "had"} and _who_before(doc, trig[1])) \
                and not _figure_in(found, trig[2], k) and not _part_subject(doc, trig[2], k) \
                and (named & {k + 1, k + 2} or _newly_named(doc, k + 1, named) or _a_rebel_side(doc, k + 1, found.sent.end)
                     or _a_unit_of(doc, k + 1, named)):
            return ("defection", k, k + 1)  # 'deserted and joined the Free Syrian Army', '... and joined the movement'
        if doc[k].lower_ == "for" and any(t.lower_ in C._LEFT_FOR for t in doc[trig[1]:trig[2]]) and named & {k + 1, k + 2} \
                and not _figure_in(found, trig[2], k):
            return ("defection", k, k + 1)  # 'left an FSA battalion for Nusra': gone to another armed group
        if doc[k].lower_ in _PURPOSES and doc[k - 1].lower_ == "to" and _serves_named(doc, k + 1, found.sent.end, named) \
                and not _figure_in(found, trig[2], k):
            return ("defection", k, k + 1)  # 'deserted to become the armed wing of the Gulf Cartel'
    return None


_PURPOSES = WORDS["serving_purposes"]


_THEY_OR_PART = _PART_SUBJECTS | {"they", "all", "of", "them", "those", "now"}


def _now_with_us(doc, e: int, end: int) -> int | None:
    """'... and most of them are with us now': after 'and', those who left are on the speaker's side."""
    for k in range(e, min(end - 1, e + 10)):
        ands = [j for j in range(e, k) if doc[j].lower_ == "and"]
        if doc[k].lower_ in {"are", "were"} and doc[k + 1].lower_ in {"with", "now"} and ands \
                and all(x.lower_ in _THEY_OR_PART for x in doc[ands[-1] + 1:k]):
            w = k + 1 if doc[k + 1].lower_ == "with" else k + 2
            if w + 1 < end and doc[w].lower_ == "with" and doc[w + 1].lower_ == "us":
                return k
    return None


def _serves_named(doc, i: int, end: int, named: set[int]) -> bool:
    """A named group in the few words after a purpose verb, before any punctuation or 'against'
    ('to fight for the Kastus Kalinouski Regiment', 'to work as enforcers for the Gulf Cartel')."""
    for j in range(i, min(end, i + 8)):
        if j in named:
            return True
        if doc[j].is_punct or doc[j].lower_ in {"against", "and", "or"}:
            return False
    return False


def _a_unit_of(doc, i: int, named: set[int]) -> bool:
    """'joined a local People's Defence Force unit': an article and one describing word before the name."""
    return i + 2 < len(doc) and doc[i].lower_ in {"a", "an", "the"} and doc[i + 1].is_lower and i + 2 in named


def _who_before(doc, i: int) -> bool:
    """A leaving word in a relative clause ('a soldier who went missing from his unit has joined ...'): the
    clause's main verb, after it, tells where he went."""
    return any(t.lower_ in {"who", "that"} for t in doc[max(0, i - 3):i])


def _newly_named(doc, i: int, named: set[int]) -> bool:
    """'to join the newly formed Croatian National Guard': a named group after 'the' and its describing words."""
    j = i + 1 if i < len(doc) and doc[i].lower_ == "the" else i
    while j < len(doc) and j - i < 4 and doc[j].lower_ in _DESCRIBING:
        j += 1
    return j in named


_DESCRIBING = WORDS["describing_words"]


def _a_rebel_side(doc, i: int, end: int) -> bool:
    """'the rebels', 'the rebel movement', 'the insurgency': a side named by what it is, not by its name."""
    if i >= end or doc[i].lower_ != "the":
        return False
    return any(t.lower_ in _REBEL_SIDES for t in doc[i + 1:min(end, i + 3)])


_REBEL_SIDES = WORDS["generic_nonstate"] | WORDS["rebel_bodies"]


def _figure_in(found: C.Found, e: int, s: int) -> bool:
    """A figure of people between e and s: a number not counting time ('in the last two months') nor
    in a date ('in August 1991'), nor counting those who went along ('walked out with four soldiers and
    joined ...': they left and joined together)."""
    doc = found.sent.doc
    return any(x.like_num and not (x.i + 1 < len(doc) and doc[x.i + 1].lower_ in _TIME_UNITS)
               and not any(t.start <= x.idx < t.end for t in found.times)
               and not (x.i > e and doc[x.i - 1].lower_ == "with") for x in doc[e:s])


_TIME_UNITS = WORDS["time_units"]


def _and_entered(found: C.Found, e: int, s: int) -> bool:
    """'... and joined the Afghan government's reintegration programme': after 'and', a verb of entering
    whose object ends in the defection word at s, with no figure or new subject between."""
    doc = found.sent.doc
    ands = [k for k in range(e, s) if doc[k].lower_ == "and"]
    if not ands or _figure_in(found, e, s) or _part_subject(doc, e, s):
        return False
    k = ands[-1] + 1
    while k < s and doc[k].lower_ in _SAME_SUBJECT:
        k += 1
    return k < s and doc[k].lower_ in _ENTERED


def _part_subject(doc, e: int, s: int) -> bool:
    """'walked away from their units and some have joined al-Shabaab': after the last 'and' between e
    and s a part of them is the subject, so only that part joined."""
    ands = [k for k in range(e, s) if doc[k].lower_ == "and"]
    return bool(ands) and any(x.lower_ in _PART_SUBJECTS for x in doc[ands[-1] + 1:s])


def part_of_them_joined(doc, s: int, e: int) -> bool:
    """'soldiers have walked away from their units and some have joined al-Shabaab': in the joining
    pattern's match s..e a part of the subject joined, which counts no one."""
    joined = next((t.i for t in doc[s:e] if t.lower_ in {"joined", "join", "joining", "joins"}), None)
    return joined is not None and _part_subject(doc, s, joined)


def _and_then(doc, e: int, s: int, dated: frozenset = frozenset()) -> bool:
    """'and' joins two verbs of one subject between e and s: nothing after it but 'later', 'then', 'had',
    and no figure, comma or new subject before it (a date's day, or the companions in 'with nine other
    men', are no figure of other people)."""
    ands = [k for k in range(e, s) if doc[k].lower_ == "and"]
    if not ands:
        return False
    k = ands[-1]
    return all(x.lower_ in _SAME_SUBJECT for x in doc[k + 1:s]) and not any(
        x.like_num and not _a_year(x) and not _a_time(doc, x.i) and x.i not in dated and doc[x.i - 1].lower_ != "with"
        or x.text == ";" or x.text == "," and not _serial_verb(doc, x.i + 1) or x.lower_ in {"who", "which", "that"}
        for x in doc[e:k])


def _serial_verb(doc, i: int) -> bool:
    """'escaped from a camp in April, walked for two days and handed himself in': after a comma, a
    past-tense verb with no subject of its own goes on the same subject's run of verbs."""
    return i < len(doc) and doc[i].is_lower and doc[i].is_alpha and doc[i].text.endswith("ed")


def _dated(found: C.Found) -> frozenset:
    """The tokens of the sentence's dates ('on April 3')."""
    doc = found.sent.doc
    return frozenset(i for t in found.times for i in range(C._tok_at(doc, t.start), C._tok_at(doc, t.end - 1) + 1))


def _a_time(doc, i: int) -> bool:
    """'one night', 'two days later': a number of a time, no figure of people."""
    return i + 1 < len(doc) and doc[i + 1].lower_ in _TIME_NOUNS


_TIME_NOUNS = WORDS["time_nouns"]


def _a_year(token) -> bool:
    """'in the summer of 1986': a date, no figure of people."""
    return len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100


def part_joined(found: C.Found, qe: int):
    """'50 of them (later) joined the Free Syrian Army', 'Of these, around 25 joined the CPC': those leavers defected."""
    doc = found.sent.doc
    sent = found.sent
    if qe + 1 < sent.end and doc[qe].lower_ == "of" and doc[qe + 1].lower_ in C.THEM:
        after = qe + 2
    elif [t.lower_ for t in doc[sent.start:sent.start + 2]] in (["of", w] for w in C.THEM) and qe <= sent.start + 6:
        after = qe  # the part named first: 'Of these, around 25 joined ...'
    else:
        return None
    named = {C._tok_at(doc, g.start) for g in found.groups if g.entry is not None and not g.generic}
    for k in range(after, min(sent.end - 1, after + 4)):
        if doc[k].lower_ in {"joined", "join"}:
            return ("defection", k, k + 1) if named & {k + 1, k + 2} else None
        if doc[k].is_punct or doc[k].lower_ in {"who", "that", "which", "and"}:
            return None
    return None


def to_country(found, trig) -> bool:
    """'fighters have returned to Tunisia': back in a country, not back in a unit."""
    doc = found.sent.doc
    e = trig[2]
    return e < found.sent.end and doc[e].lower_ == "to" and any(
        p.entry.kind == "country" and C._tok_at(doc, p.start) in (e + 1, e + 2) for p in found.places)


def home(sent, trig) -> bool:
    """'returned to their homes': fighters going home, not soldiers back to their unit."""
    doc = sent.doc
    return any(t.lower_ in {"home", "homes", "families", "mainstream", "society"} for t in doc[trig[2]:min(sent.end, trig[2] + 4)])


def in_battle(doc, sent, e: int, s: int | None = None) -> bool:
    """'... when the town of Laukkai fell', '... after fighters overran their base', 'soldiers of a besieged
    battalion surrendered' (a word of `_BESIEGED` in the few words before the verb at s)."""
    if s is not None and any(t.lower_ in _BESIEGED for t in doc[max(sent.start, s - 8):s]):
        return True
    words = [t.lower_ for t in doc[e:min(sent.end, e + 20)]]
    for i, w in enumerate(words):
        if w in {"when", "as", "after", "during"} and set(words[i + 1:i + 8]) & _BATTLE:
            return True
    return any(a == "fall" and b == "of" for a, b in zip(words, words[1:]))


def joined_next(sent, previous: list, registry) -> None:
    """'I left my battalion with seven men from my company. We walked for two nights and joined the local PDF.':
    deserters whom the next sentence has join an armed group went over to it, so their claims become defections.
    The sentence must open on the leavers ('We', 'They', 'He', 'She') and join a group by name or by kind."""
    doc = sent.doc
    if doc[sent.start].lower_ not in {"we", "they", "he", "she"} or not any(c.kind == "desertion" for c in previous):
        return
    for k in range(sent.start + 1, sent.end - 1):
        if doc[k].lower_ not in {"joined", "join"}:
            continue
        rest = doc[k + 1:min(sent.end, k + 5)]
        named = [m for m in registry.find(rest.text, ()) if m.entry is not None and not m.generic and not m.entry.is_state]
        side = named[0].name if named else ("the rebels" if _a_rebel_side(doc, k + 1, sent.end) else None)
        if side is not None:
            for c in previous:
                if c.kind == "desertion" and c.group != side:
                    c.kind, c.to_group = "defection", side
            return
